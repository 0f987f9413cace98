package org.readiness.result;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What heads a result: the questionnaire it was answered under, for whom, when (the day it was made in the app's
 * time zone, and "Made on 6 Dec 2026, 14:05 CET"), and the footer's line naming the exact version.
 */
public record Heading(String questionnaireId, String version, @Nullable String contentHash, String title,
                      @Nullable String organisation, @Nullable Instant createdAt, @Nullable Instant updatedAt,
                      Instant generatedAt, LocalDate generatedOn, String generatedText, String footer) {
}
