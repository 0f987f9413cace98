package org.readiness.scoring;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;

/**
 * One question's part of its area's score: the points it earned and could have earned. A question that does not
 * count (hidden, not applicable, unscored) has zero reachable points.
 */
public record QuestionScore(String questionId, @Nullable String areaId, Status status, @Nullable Answer answer,
                            double earned, double reachable) {

    public enum Status {
        /** Answered and counted. */
        ANSWERED,
        /** "Don't know": counted as zero, since an unknown owner is a risk. */
        DONT_KNOW,
        /** Shown but left unanswered (only optional questions): counted as zero. */
        UNANSWERED,
        /** "Not applicable": left out of the score. */
        NOT_APPLICABLE,
        /** Not shown for these answers: left out. */
        HIDDEN,
        /** Scores no area (a profile question or free text). */
        UNSCORED
    }

    public double missed() {
        return reachable - earned;
    }

    public boolean counts() {
        return status == Status.ANSWERED || status == Status.DONT_KNOW || status == Status.UNANSWERED;
    }
}
