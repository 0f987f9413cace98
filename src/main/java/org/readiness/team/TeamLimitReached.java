package org.readiness.team;

import java.time.Duration;

/**
 * More invitations for one team, or more new teams from one address, than an hour allows
 * ({@code readiness.team.invitations-per-hour}, {@code readiness.team.new-teams-per-hour}); nothing was stored.
 * {@code retryAfter} is when the next one fits, {@code limit} the number per hour.
 */
public class TeamLimitReached extends RuntimeException {

    public enum Kind { INVITATIONS, NEW_TEAMS }

    private final Kind kind;
    private final int limit;
    private final Duration retryAfter;

    public TeamLimitReached(Kind kind, int limit, Duration retryAfter) {
        super(kind + " over " + limit + " per hour");
        this.kind = kind;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public int limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up, as a page says it. */
    public long minutesToWait() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
