package org.readiness.scoring;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;

/**
 * An area's score, 0-100: {@code round(100 * earned / reachable)} over the questions that count. With nothing
 * reachable (every question not applicable) the area has no score and no band, and is left out of the overall score.
 */
public record AreaScore(String areaId, double weight, double earned, double reachable,
                        @Nullable Integer score, @Nullable Band band) {

    public boolean isScored() {
        return score != null;
    }

    /** The exact share before rounding, 0-100. */
    public double exact() {
        return reachable == 0 ? 0 : 100 * earned / reachable;
    }
}
