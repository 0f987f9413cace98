package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentBatch;
import org.readiness.assessment.OpenAssessment;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamMerge;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a team as stored: its row, its company profile, and its respondents with their answers, all of them in one
 * query whatever the team's size, merged into the team's result.
 */
@Component
class TeamReader {

    private final TeamRepository teams;
    private final AssessmentBatch batch;

    TeamReader(TeamRepository teams, AssessmentBatch batch) {
        this.teams = teams;
        this.batch = batch;
    }

    /** A team, unless its company profile is gone (it was never finished, and it is being cleaned up). */
    Optional<TeamRecord> record(long teamId) {
        return teams.findById(teamId).filter(TeamReader::hasProfile);
    }

    static boolean hasProfile(TeamRecord team) {
        return team.profileAssessmentId() != null;
    }

    TeamRecord existing(long teamId) {
        return record(teamId).orElseThrow(() -> new IllegalArgumentException("no team " + teamId));
    }

    OpenAssessment profile(long teamId) {
        TeamRecord team = existing(teamId);
        return batch.open(List.of(team.profileAssessmentId())).values().stream().findFirst().orElseThrow(() ->
                new IllegalStateException("team " + teamId + " has lost its profile"));
    }

    /** One respondent as the team page lists them. */
    Member member(MemberRecord record) {
        Map<Long, OpenAssessment> answers = record.assessmentId() == null ? Map.of()
                : batch.open(List.of(record.assessmentId()));
        return member(record, answers.get(record.assessmentId()));
    }

    /** The team as stored now, with the merged result of those who finished. */
    TeamOverview overview(long teamId) {
        TeamRecord team = existing(teamId);
        List<MemberRecord> records = teams.members(teamId);
        List<Long> ids = new ArrayList<>();
        ids.add(team.profileAssessmentId());
        records.stream().map(MemberRecord::assessmentId).filter(id -> id != null).forEach(ids::add);
        Map<Long, OpenAssessment> assessments = batch.open(ids);
        OpenAssessment profile = Optional.ofNullable(assessments.get(team.profileAssessmentId())).orElseThrow(() ->
                new IllegalStateException("team " + teamId + " has lost its profile"));
        Questionnaire questionnaire = profile.questionnaire();
        List<Member> members = new ArrayList<>();
        List<Respondent> finished = new ArrayList<>();
        List<Member> otherVersions = new ArrayList<>();
        for (MemberRecord record : records) {
            OpenAssessment own = record.assessmentId() == null ? null : assessments.get(record.assessmentId());
            Member member = member(record, own);
            members.add(member);
            if (member.state() == Member.State.FINISHED) {
                if (!own.questionnaire().contentHash().equals(questionnaire.contentHash())) {
                    otherVersions.add(member);
                }
                finished.add(new Respondent(member.respondentId(), record.roleId(), record.name(),
                        withProfile(fitted(own.answers(), questionnaire), profile.answers(), questionnaire)));
            }
        }
        return new TeamOverview(Team.of(team), profile, members,
                TeamMerge.of(questionnaire, profile.answers(), finished), otherVersions);
    }

    /** Answers given under another version, read by question: those whose question is gone or changed drop out. */
    private static Answers fitted(Answers answers, Questionnaire questionnaire) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        answers.asMap().forEach((questionId, answer) -> questionnaire.question(questionId)
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> kept.put(questionId, answer)));
        return Answers.of(kept);
    }

    /**
     * A respondent's answers with the company profile as it is now: they never answer it themselves (their copy was
     * taken when they were invited), so a profile changed since then is no difference of theirs.
     */
    private static Answers withProfile(Answers answers, Answers profile, Questionnaire questionnaire) {
        Map<String, Answer> merged = new LinkedHashMap<>();
        answers.asMap().forEach((questionId, answer) -> {
            if (!isProfileQuestion(questionnaire, questionId)) {
                merged.put(questionId, answer);
            }
        });
        profile.asMap().forEach((questionId, answer) -> {
            if (isProfileQuestion(questionnaire, questionId)) {
                merged.put(questionId, answer);
            }
        });
        return Answers.of(merged);
    }

    private static boolean isProfileQuestion(Questionnaire questionnaire, String questionId) {
        return questionnaire.question(questionId).map(question -> AnswerScope.PROFILE.asks(questionnaire, question))
                .orElse(false);
    }

    static Member member(MemberRecord record, @Nullable OpenAssessment answers) {
        Member.State state;
        if (answers == null) {
            state = Member.State.DELETED;
        } else if (answers.isFinished()) {
            state = Member.State.FINISHED;
        } else {
            state = answeredOwn(answers) ? Member.State.ANSWERING : Member.State.INVITED;
        }
        boolean deleted = state == Member.State.DELETED;
        return new Member(record.id(), record.roleId(), deleted ? null : record.name(),
                deleted ? null : record.email(), record.joinedBy(), record.invitedAt(), record.emailSentAt(), state,
                record.assessmentId(), answers == null || state == Member.State.INVITED ? null : answers.updatedAt(),
                answers == null ? null : answers.questionnaire().version(), record.takenBackAt() != null);
    }

    /** Whether the respondent answered anything of their own (the profile came with the invitation). */
    private static boolean answeredOwn(OpenAssessment answers) {
        return answers.answers().asMap().keySet().stream().map(id -> answers.questionnaire().question(id))
                .flatMap(Optional::stream).anyMatch(question -> answers.scope().asks(answers.questionnaire(), question));
    }
}
