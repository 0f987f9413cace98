package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One row of the team table. */
record TeamRecord(long id, boolean joinOpen, @Nullable Long profileAssessmentId, @Nullable Long clientId,
                  @Nullable Long previousTeamId, Instant createdAt, Instant updatedAt) {
}
