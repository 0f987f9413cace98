package org.readiness.consultant;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An organisation a consultant works with. */
public record Client(long id, long consultantId, String organisation, @Nullable String contactPerson,
                     @Nullable String industry, @Nullable String notes, Instant createdAt, Instant updatedAt) {
}
