package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

/** A seat in a team assessment, such as the technology owner; who answers which questions depends on it. */
public record Role(String id, LocalizedText label, @Nullable LocalizedText description) {
}
