package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A team assessment: whose client it is (if a consultant's), its workshop room's join link, short code and whether
 * they are open, which team it re-assesses, whether it is anonymous (no names asked or kept), and whether its
 * coordinator has locked it (no more changes) and revealed the result to the room.
 */
public record Team(long id, @Nullable Long clientId, String joinToken, boolean joinOpen,
                   @Nullable Long previousTeamId, Instant createdAt, boolean anonymous, @Nullable String joinCode,
                   @Nullable Instant lockedAt, @Nullable Instant revealedAt) {

    static Team of(TeamRecord record) {
        return new Team(record.id(), record.clientId(), record.joinToken(), record.joinOpen(), record.previousTeamId(),
                record.createdAt(), record.anonymous(), record.joinCode(), record.lockedAt(), record.revealedAt());
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public boolean isRevealed() {
        return revealedAt != null;
    }

    /** Whoever has the join link or its code may come in: it is open and the team is not locked. */
    public boolean letsPeopleIn() {
        return joinOpen && !isLocked();
    }
}
