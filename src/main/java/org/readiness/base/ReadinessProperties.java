package org.readiness.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The app's own settings ({@code readiness.*} in {@code application.properties}, or the matching environment
 * variables such as {@code READINESS_PUBLIC_URL}), read once at start-up. What each one does is written beside it
 * in {@code application.properties}; the defaults here are the same.
 */
@ConfigurationProperties("readiness")
public record ReadinessProperties(
        @DefaultValue Questionnaires questionnaires,
        @DefaultValue Drafts drafts,
        @DefaultValue Deletions deletions,
        @DefaultValue Admin admin,
        @DefaultValue("") String publicUrl,
        @DefaultValue Mail mail,
        @DefaultValue Proxies proxies,
        @DefaultValue Instance instance,
        @DefaultValue Team team,
        @DefaultValue("") String timeZone,
        @DefaultValue Api api,
        @DefaultValue Push push,
        @DefaultValue PageRequests pageRequests,
        @DefaultValue EvaluateTeam evaluateTeam,
        @DefaultValue Tasks tasks,
        @DefaultValue Sessions sessions) {

    /** The time zone every time is shown in, with its name ("14:05 CET"): {@code readiness.time-zone}, else the server's. */
    public ZoneId zone() {
        return timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
    }

    public record Questionnaires(@DefaultValue("./questionnaires") Path dir) {
    }

    public record Drafts(@DefaultValue("90") int keepDays) {
    }

    public record Deletions(@DefaultValue("PT2M") Duration compactionDelay) {
    }

    public record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {
    }

    public record Mail(@DefaultValue("Commerce Readiness <no-reply@localhost>") String from) {
    }

    /** Addresses and IPv4 ranges whose forwarded headers are believed, comma-separated; empty: none. */
    public record Proxies(@DefaultValue("") String trusted) {
    }

    /** This instance's route, the end of its session ids, behind a balancer with cookie affinity. */
    public record Instance(@DefaultValue("") String route) {
    }

    /**
     * How often a team page's server looks for sends that reached another instance; how many people one team may
     * invite (or let join) per hour, and how many new teams one address may start per hour without logging in.
     */
    public record Team(@DefaultValue("400") long watchMillis, @DefaultValue("60") int invitationsPerHour,
                       @DefaultValue("20") int newTeamsPerHour) {
    }

    // ---- Limits against abuse (issue 20) ----------------------------------------------------------------------

    /** The REST API's request bodies: the largest taken. */
    public record Api(@DefaultValue("1MB") DataSize maxBody) {
    }

    /** Open push connections (the team page's live updates): per browser session, and on this instance in all. */
    public record Push(@DefaultValue("4") int maxPerSession, @DefaultValue("500") int maxTotal) {
    }

    /**
     * The pages' own requests to the server (Vaadin's UIDL and push messages): the largest body taken, and how
     * deeply its JSON may nest.
     */
    public record PageRequests(@DefaultValue("512KB") DataSize maxBody, @DefaultValue("64") int maxJsonDepth) {
    }

    /**
     * {@code POST /api/questionnaires/{id}/evaluate-team}: respondents per request; requests evaluated at once, and
     * how many more may wait for their turn (the rest are told to come back).
     */
    public record EvaluateTeam(@DefaultValue("60") int maxRespondents, @DefaultValue("2") int inFlight,
                               @DefaultValue("16") int waiting) {
    }

    /** A repeating task this late for its next run counts as stopped, and {@code /health/live} fails. */
    public record Tasks(@DefaultValue("PT10M") Duration overdueAfter) {
    }

    /**
     * A browser session no one is signed in to, once its last page is closed: kept this long for the page that comes
     * back (a reload, a link opened again), then let go, instead of the full session timeout.
     */
    public record Sessions(@DefaultValue("PT2M") Duration keepAfterLastPage) {
    }
}
