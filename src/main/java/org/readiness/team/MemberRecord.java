package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One row of the respondent table. */
record MemberRecord(long id, long teamId, @Nullable Long assessmentId, String roleId, @Nullable String name,
                    @Nullable String email, JoinedBy joinedBy, Instant invitedAt, @Nullable Instant emailSentAt,
                    @Nullable Instant takenBackAt) {
}
