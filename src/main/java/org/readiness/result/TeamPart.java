package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.answer.Answer;

import java.util.List;
import java.util.Map;

/**
 * What only a team's result has, in words: who answered, the score of each role per area, the questions the team
 * answered furthest apart with who answered what, and profile answers given otherwise than the team's.
 * {@code evaluation} is the merge these come from, for the chart and for systems that want every number.
 */
public record TeamPart(TeamEvaluation evaluation, List<Person> people, boolean oneView, String peopleText,
                       List<RoleRow> roleByArea, List<Talk> disagreements, List<ProfileTalk> profileDifferences) {

    public TeamPart {
        people = List.copyOf(people);
        roleByArea = List.copyOf(roleByArea);
        disagreements = List.copyOf(disagreements);
        profileDifferences = List.copyOf(profileDifferences);
    }

    /** How many people answered in a role: what a role's row averages ("Technology owner (2)"). */
    public long peopleIn(String roleId) {
        return people.stream().filter(person -> person.roleId().equals(roleId)).count();
    }

    /** One role's scores per area (area id to score, none where the role's answers gave the area nothing). */
    public record RoleRow(String roleId, String label, Map<String, @Nullable Integer> scores) {
    }

    /** A question worth talking about: how far apart, what is at stake, and who answered what. */
    public record Talk(String questionId, String questionText, double spread, double range, double pointsAtStake,
                       String whoAnsweredWhat, List<Group> groups) {
    }

    /** The people who gave one answer. */
    public record Group(@Nullable Answer answer, String answerText, @Nullable Double points, List<String> respondentIds) {
    }

    /** A profile question some answered otherwise than the profile the team goes by. */
    public record ProfileTalk(String questionId, @Nullable Answer profile, List<Group> groups) {
    }
}
