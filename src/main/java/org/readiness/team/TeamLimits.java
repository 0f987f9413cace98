package org.readiness.team;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.readiness.base.ReadinessProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The limits that keep anyone from turning the team feature into a mailer or a database filler: invitations per
 * team per hour, counted in the database (so every instance sees them), and new teams per address per hour without
 * logging in, counted in memory by each instance for at most {@link #MAX_ADDRESSES} addresses.
 */
@Component
class TeamLimits {

    static final Duration HOUR = Duration.ofHours(1);
    /** About 200 bytes each with 20 instants: 10 MB at most. */
    static final int MAX_ADDRESSES = 50_000;

    private final TeamRepository teams;
    private final Clock clock;
    private final int invitationsPerHour;
    private final int newTeamsPerHour;
    private final Cache<String, Deque<Instant>> newTeams;

    TeamLimits(TeamRepository teams, Clock clock, ReadinessProperties properties) {
        this.teams = teams;
        this.clock = clock;
        this.invitationsPerHour = properties.team().invitationsPerHour();
        this.newTeamsPerHour = properties.team().newTeamsPerHour();
        this.newTeams = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(HOUR).build();
    }

    /** Refuses {@code more} invitations when the team's last hour has no room for them. */
    void invitations(long teamId, int more) {
        if (more > invitationsPerHour) {
            throw new TeamLimitReached(TeamLimitReached.Kind.INVITATIONS, invitationsPerHour, HOUR);
        }
        Instant since = clock.instant().minus(HOUR);
        if (teams.invitedSince(teamId, since) + more > invitationsPerHour) {
            Instant first = teams.firstInvitedSince(teamId, since).orElse(clock.instant());
            throw new TeamLimitReached(TeamLimitReached.Kind.INVITATIONS, invitationsPerHour,
                    untilAnHourAfter(first));
        }
    }

    /** A team about to be started from this address without logging in: refused past the hour's number. */
    void newTeam(String address) {
        Instant now = clock.instant();
        Deque<Instant> started = newTeams.get(address, key -> new ArrayDeque<>());
        synchronized (started) {
            while (!started.isEmpty() && !started.peekFirst().isAfter(now.minus(HOUR))) {
                started.pollFirst();
            }
            if (started.size() >= newTeamsPerHour) {
                throw new TeamLimitReached(TeamLimitReached.Kind.NEW_TEAMS, newTeamsPerHour,
                        untilAnHourAfter(started.peekFirst()));
            }
            started.addLast(now);
            newTeams.put(address, started);
        }
    }

    /** Whole seconds, rounded up, until an hour after the first: when the next one fits. */
    private Duration untilAnHourAfter(Instant first) {
        long millis = Duration.between(clock.instant(), first.plus(HOUR)).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }
}
