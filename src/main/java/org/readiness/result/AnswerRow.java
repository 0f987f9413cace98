package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.scoring.QuestionScore;

/**
 * One answer to one question, as the detail of every output lists it; in a team's result one row per respondent
 * and question.
 */
public record AnswerRow(String stepId, String stepTitle, String questionId, String questionText, String type,
                        @Nullable String areaId, QuestionScore.Status status, @Nullable Answer answer,
                        String answerText, double earned, double reachable, String pointsText, String note,
                        @Nullable Person respondent) {

    public boolean hidden() {
        return status == QuestionScore.Status.HIDDEN;
    }

    public boolean counts() {
        return status == QuestionScore.Status.ANSWERED || status == QuestionScore.Status.DONT_KNOW
                || status == QuestionScore.Status.UNANSWERED;
    }

    public double missed() {
        return reachable - earned;
    }

    public String statusId() {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
