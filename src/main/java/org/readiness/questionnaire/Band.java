package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

/**
 * A named range of scores, both ends included, such as "ready" from 70 to 100; {@code color} ("#rrggbb") is the
 * file's own colour for it, if it gives one.
 */
public record Band(String id, int min, int max, LocalizedText label, @Nullable LocalizedText summary,
                   @Nullable String color) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
