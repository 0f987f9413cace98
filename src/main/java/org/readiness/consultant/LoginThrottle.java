package org.readiness.consultant;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per address: after five within 15 minutes, further tries are refused
 * until 15 minutes have passed since the last of them. Kept in memory: each instance counts its own tries.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public boolean isLocked(String username, String address) {
        return isLocked("user:" + normalise(username)) || isLocked("address:" + address);
    }

    public void failed(String username, String address) {
        record("user:" + normalise(username));
        record("address:" + address);
    }

    public void succeeded(String username) {
        failures.remove("user:" + normalise(username));
    }

    private boolean isLocked(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= MAX_FAILURES;
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times);
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
