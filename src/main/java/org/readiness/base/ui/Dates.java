package org.readiness.base.ui;

import org.readiness.words.Words;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Days and times on pages, in the reader's language and the app's one time zone, which they name. */
@Component
public class Dates {

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    /** "6 Dec 2026". */
    public String date(Instant instant) {
        return Words.in(Languages.current()).date(instant, clock.getZone());
    }

    /** "6 Dec 2026, 14:05 CET". */
    public String dateTime(Instant instant) {
        return Words.in(Languages.current()).dateTime(instant, clock.getZone());
    }
}
