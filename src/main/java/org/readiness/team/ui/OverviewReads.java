package org.readiness.team.ui;

import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A page's reads of its team, numbered as they start: the team watch reads on its own thread while the page reads
 * after its user's own changes, and the two may finish out of order. A page shows a read only when no later one is
 * on it already, so an invitation just made never disappears behind an older read.
 */
final class OverviewReads {

    private final AtomicLong started = new AtomicLong();
    private long shown;

    /** A team's overview, read now, with its number. */
    record Read(long number, TeamOverview overview) {
    }

    Read read(TeamService teams, long teamId) {
        long number = started.incrementAndGet();
        return new Read(number, teams.overview(teamId));
    }

    /** Whether the read is the newest one the page has been given; called with the page's session locked. */
    boolean isNewest(Read read) {
        if (read.number() < shown) {
            return false;
        }
        shown = read.number();
        return true;
    }

    /** Whether the read is the newest one the page has been given, and no later one; with the session locked. */
    boolean isLatestShown(Read read) {
        return read.number() == shown;
    }
}
