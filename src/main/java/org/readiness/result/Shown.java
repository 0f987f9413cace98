package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Question;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.Score;

import java.util.List;
import java.util.Locale;

/**
 * A score as it may be shown: the one place that decides it. While required questions are open (an interview may
 * be finished with some) the overall score is not final and shows none, and neither does an area with an open
 * question of its own; an area whose every question was not applicable has no score at all.
 */
public record Shown(@Nullable Integer score, @Nullable Band band, State state, int open) {

    public enum State { SCORED, INCOMPLETE, NOT_SCORED }

    public static Shown overall(Evaluation evaluation, List<Question> open) {
        return overall(evaluation.score(), open);
    }

    /** The same for a score alone, such as a plan's projection of lifted answers. */
    public static Shown overall(Score score, List<Question> open) {
        if (!open.isEmpty()) {
            return new Shown(null, null, State.INCOMPLETE, open.size());
        }
        Integer overall = score.overall();
        return overall == null ? new Shown(null, null, State.NOT_SCORED, 0)
                : new Shown(overall, score.overallBand(), State.SCORED, 0);
    }

    public static Shown area(AreaScore area, List<Question> open) {
        int openInArea = (int) open.stream().filter(question -> area.areaId().equals(question.area())).count();
        if (openInArea > 0) {
            return new Shown(null, null, State.INCOMPLETE, openInArea);
        }
        return area.isScored() ? new Shown(area.score(), area.band(), State.SCORED, 0)
                : new Shown(null, null, State.NOT_SCORED, 0);
    }

    /** How files name the state: "scored", "incomplete" or "not-scored". */
    public String stateId() {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isScored() {
        return state == State.SCORED;
    }

    /** After minus before, when both are shown. */
    public static @Nullable Integer change(Shown before, Shown after) {
        return before.score == null || after.score == null ? null : after.score - before.score;
    }
}
