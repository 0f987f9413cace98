package org.readiness.plan;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointCalendarTest {

    @Test
    void the_series_is_one_event_recurring_every_four_weeks_at_the_same_local_time_across_summer_time()
            throws Exception {
        ZonedDateTime first = ZonedDateTime.of(2027, 2, 1, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckpointCalendar.write(7, new Rhythm(4, first, 60), "Checkpoint: Växjö Verktyg", "Done, overdue, next.",
                Instant.parse("2027-01-10T10:00:00Z"), out);

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        RRule<?> rule = event.<RRule<?>>getProperty("RRULE").orElseThrow();
        assertThat(rule.getValue()).isEqualTo("FREQ=WEEKLY;COUNT=12;INTERVAL=4");
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Checkpoint: Växjö Verktyg");
        Set<Period<ZonedDateTime>> meetings = event.calculateRecurrenceSet(new Period<>(first.minusDays(1),
                first.plusYears(1)));
        List<ZonedDateTime> starts = meetings.stream().map(Period::getStart).sorted().toList();
        assertThat(starts).hasSize(12);
        assertThat(starts.get(2).withZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalTime())
                .isEqualTo(first.toLocalTime());
        assertThat(starts.get(2).toLocalDate()).isEqualTo(first.toLocalDate().plusWeeks(8));
    }
}
