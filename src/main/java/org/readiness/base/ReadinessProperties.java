package org.readiness.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
        @DefaultValue("") String timeZone) {

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

    /** How often a team page's server looks for sends that reached another instance. */
    public record Team(@DefaultValue("400") long watchMillis) {
    }
}
