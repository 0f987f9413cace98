package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

/** A suggested owner of an area under one structure, optionally only when a condition holds. */
public record Owner(String id, String area, Structure structure, LocalizedText title,
                    @Nullable LocalizedText why, @Nullable Condition when) {
}
