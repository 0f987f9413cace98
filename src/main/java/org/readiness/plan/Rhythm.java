package org.readiness.plan;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The checkpoint meetings: every {@code weeks} weeks from the first meeting, each {@code minutes} long. */
public record Rhythm(int weeks, ZonedDateTime firstMeeting, int minutes) {

    public static final int MOST_WEEKS = 52;
    /** The series the checkpoint page and the calendar file offer. */
    public static final int MEETINGS = 12;

    public Rhythm {
        if (weeks < 1 || weeks > MOST_WEEKS) {
            throw new IllegalArgumentException("a rhythm of " + weeks + " weeks");
        }
        if (minutes < 15 || minutes > 480) {
            throw new IllegalArgumentException("a meeting of " + minutes + " minutes");
        }
    }

    public ZoneId zone() {
        return firstMeeting.getZone();
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    /** The first {@link #MEETINGS} meetings of the series. */
    public List<ZonedDateTime> meetings() {
        List<ZonedDateTime> meetings = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            meetings.add(firstMeeting.plusWeeks((long) weeks * i));
        }
        return meetings;
    }
}
