package org.readiness.base.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Requests refused as malformed or hand-made, in the log without drowning it: one WARN line, never a stack, at most
 * once a minute; the next line says how many more were refused meanwhile. A flood of them costs a line a minute.
 */
public final class RefusalLog {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final LongSupplier nanoTime;
    private final AtomicLong nextLineAt;
    private final AtomicInteger unlogged = new AtomicInteger();

    public RefusalLog() {
        this(System::nanoTime);
    }

    RefusalLog(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.nextLineAt = new AtomicLong(nanoTime.getAsLong());
    }

    /** Notes a refusal: {@code what} names the request and why, e.g. "a push connection without a session". */
    public void refused(String what, String from) {
        long now = nanoTime.getAsLong();
        long due = nextLineAt.get();
        if (now - due >= 0 && nextLineAt.compareAndSet(due, now + EVERY.toNanos())) {
            int more = unlogged.getAndSet(0);
            log.warn("Refused {} from {}{}", what, from,
                    more == 0 ? "" : " (and " + more + " more request(s) refused in the minute before)");
        } else {
            unlogged.incrementAndGet();
        }
    }
}
