package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A team assessment: whose client it is (if a consultant's), its workshop room's join link and whether it is open,
 * and which team it re-assesses.
 */
public record Team(long id, @Nullable Long clientId, String joinToken, boolean joinOpen,
                   @Nullable Long previousTeamId, Instant createdAt) {

    static Team of(TeamRecord record) {
        return new Team(record.id(), record.clientId(), record.joinToken(), record.joinOpen(), record.previousTeamId(),
                record.createdAt());
    }
}
