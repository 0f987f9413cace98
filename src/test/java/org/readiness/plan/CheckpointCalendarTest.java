package org.readiness.plan;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointCalendarTest {

    @Test
    void the_series_is_one_event_recurring_every_four_weeks_at_the_same_local_time_across_summer_time()
            throws Exception {
        ZonedDateTime first = ZonedDateTime.of(2027, 2, 1, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckpointCalendar.write(7, new Rhythm(4, first, 60), "Checkpoint: Växjö Verktyg", "Done, overdue, next.",
                Instant.parse("2027-01-10T10:00:00Z"), out);

        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                "DTSTART;TZID=Europe/Stockholm:20270201T093000", "RRULE:FREQ=WEEKLY;COUNT=12;INTERVAL=4",
                "SUMMARY:Checkpoint: Växjö Verktyg", "UID:plan-7-checkpoints@commerce-readiness");

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        RRule<?> rule = event.<RRule<?>>getProperty("RRULE").orElseThrow();
        List<LocalDateTime> meetings = new Recur<LocalDateTime>(rule.getValue()).getDates(
                first.toLocalDateTime(), first.toLocalDateTime().minusDays(1), first.toLocalDateTime().plusYears(1));
        assertThat(meetings).hasSize(12);
        // The same local time in summer as in winter: the series is in the meetings' own time zone.
        assertThat(meetings.get(3)).isEqualTo(LocalDateTime.of(2027, 4, 26, 9, 30));
    }
}
