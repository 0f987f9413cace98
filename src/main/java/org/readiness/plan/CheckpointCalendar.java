package org.readiness.plan;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A plan's checkpoint meetings as an iCalendar file (RFC 5545) written by ical4j: one event in the series' time zone
 * (with its VTIMEZONE) that recurs every so many weeks, {@link Rhythm#MEETINGS} times, to add to any calendar.
 */
public final class CheckpointCalendar {

    private CheckpointCalendar() {
    }

    /** @param summary the meetings' title and {@code description} their text, in the reader's language */
    public static void write(long planId, Rhythm rhythm, String summary, String description, Instant made,
                             OutputStream out) throws IOException {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone zone = named(registry.getTimeZone(rhythm.zone().getId()).getVTimeZone(), rhythm.zone().getId());
        Recur<ZonedDateTime> recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
                .interval(rhythm.weeks()).count(Rhythm.MEETINGS).build();
        VEvent event = new VEvent(rhythm.firstMeeting(), rhythm.length(), summary);
        event.add(new Uid("plan-" + planId + "-checkpoints@commerce-readiness"));
        event.add(new DtStamp(made));
        event.add(new RRule<>(recur));
        event.add(new Description(description));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Commerce Readiness//Plan checkpoints//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zone);
        calendar.add(event);
        // The outputter closes its writer: it writes into memory, and the bytes go to the caller's stream after.
        StringWriter text = new StringWriter();
        new CalendarOutputter().output(calendar, text);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The zone's rules under the name the meetings use: ical4j's copy of the time zone database files a linked zone
     * (Europe/Stockholm) under the zone it links to (Europe/Berlin), whose TZID would not match the events'.
     */
    private static VTimeZone named(VTimeZone rules, String zoneId) {
        VTimeZone named = (VTimeZone) rules.copy();
        named.replace(new TzId(zoneId));
        named.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return named;
    }
}
