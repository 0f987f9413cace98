package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One row of the team table. */
record TeamRecord(long id, String joinToken, boolean joinOpen, @Nullable Long profileAssessmentId, @Nullable Long clientId,
                  @Nullable Long previousTeamId, Instant createdAt, Instant updatedAt, boolean anonymous,
                  @Nullable String joinCode, @Nullable Instant lockedAt, @Nullable Instant revealedAt) {
}
