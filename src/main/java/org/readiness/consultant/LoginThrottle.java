package org.readiness.consultant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Counts failed logins per address and per account over the last 15 minutes.
 * <ul>
 * <li>An address with five failures is refused, for every account, until 15 minutes after its last failure.</li>
 * <li>An account with five failures is refused to every address that has itself failed in that time; an address
 * without failures still gets its password checked, so nobody can keep the real user out by failing on purpose.</li>
 * </ul>
 * Kept in memory, each instance counting its own tries; at most {@link #MAX_ENTRIES} names and addresses are kept
 * (the least recently failed go first), and each is forgotten 15 minutes after its last failure.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** About 400 bytes each (a name of at most 100 characters and five instants): 8 MB at most. */
    static final int MAX_ENTRIES = 20_000;

    private final Cache<String, Deque<Instant>> failures;
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        Ticker ticker = () -> {
            Instant now = this.clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(WINDOW)
                .ticker(ticker)
                .build();
    }

    public boolean isLocked(String username, String address) {
        int fromAddress = count(addressKey(address));
        if (fromAddress >= MAX_FAILURES) {
            return true;
        }
        return fromAddress > 0 && count(userKey(username)) >= MAX_FAILURES;
    }

    public void failed(String username, String address) {
        record(userKey(username));
        record(addressKey(address));
    }

    public void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    /** The failures counted for an account within the window. */
    int failuresOf(String username) {
        return count(userKey(username));
    }

    /** Forgets every failure (for tests that fail logins on purpose). */
    void forgetAll() {
        failures.invalidateAll();
    }

    /** How many names and addresses are held now. */
    long entries() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private int count(String key) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size();
        }
    }

    private void record(String key) {
        // compute() is a write, so the entry lives until WINDOW after its last failure.
        failures.asMap().compute(key, (ignored, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            synchronized (kept) {
                forgetOld(kept);
                kept.addLast(clock.instant());
                while (kept.size() > MAX_FAILURES) {
                    kept.removeFirst();
                }
            }
            return kept;
        });
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
