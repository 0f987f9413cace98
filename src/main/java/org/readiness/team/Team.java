package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A team assessment: whose client it is (if a consultant's), whether its room's join link is open, what it re-assesses. */
public record Team(long id, @Nullable Long clientId, boolean joinOpen, @Nullable Long previousTeamId,
                   Instant createdAt) {

    static Team of(TeamRecord record) {
        return new Team(record.id(), record.clientId(), record.joinOpen(), record.previousTeamId(), record.createdAt());
    }
}
