package org.readiness.team;

import org.readiness.merge.TeamEvaluation;

import org.readiness.assessment.OpenAssessment;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A team as stored now: the company profile, who takes part and how far each is, and the merged result of those
 * who finished. {@code otherVersions} names the respondents whose answers were given under another version of the
 * questionnaire than the team's, which the merge reads by question.
 */
public record TeamOverview(Team team, OpenAssessment profile, List<Member> members,
                           Optional<TeamEvaluation> evaluation, List<Member> otherVersions) {

    public TeamOverview {
        members = List.copyOf(members);
        otherVersions = List.copyOf(otherVersions);
    }

    /** The version of the questionnaire the team goes by: the one its profile was answered under. */
    public Questionnaire questionnaire() {
        return profile.questionnaire();
    }

    /** Who has sent their answers: the first figure of "4 of 6 have sent". */
    public long finished() {
        return members.stream().filter(member -> member.state() == Member.State.FINISHED).count();
    }

    /** Who takes part, those who deleted their answers left out: the second figure of "4 of 6 have sent". */
    public long counted() {
        return members.stream().filter(Member::counts).count();
    }

    public long deleted() {
        return members.stream().filter(member -> member.state() == Member.State.DELETED).count();
    }
}
