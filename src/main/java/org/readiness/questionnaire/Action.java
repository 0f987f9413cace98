package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A next step recommended when its condition holds. {@code winsBack} names the questions whose missed
 * points it would win back; when absent, the questions its condition names.
 */
public record Action(String id, @Nullable String area, LocalizedText title, LocalizedText reason,
                     Condition when, List<String> winsBack) {

    public Action {
        winsBack = winsBack == null || winsBack.isEmpty() ? when.questionIds() : List.copyOf(winsBack);
    }
}
