package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page writes a time in the app's one zone (readiness.time-zone, through the clock), in the reader's words. */
class DatesTest {

    private static final Instant AT = Instant.parse("2026-12-06T13:05:00Z");
    private final Dates dates = new Dates(Clock.fixed(AT, ZoneId.of("Europe/Stockholm")));

    @AfterEach
    void noPage() {
        UI.setCurrent(null);
    }

    @Test
    void a_time_is_written_in_the_apps_zone_and_names_it_whatever_the_servers_zone() {
        reader(Locale.ENGLISH);
        assertThat(dates.dateTime(AT)).isEqualTo("6 Dec 2026, 14:05 CET");
        assertThat(dates.date(Instant.parse("2026-12-06T23:30:00Z"))).as("already the 7th in Stockholm")
                .isEqualTo("7 Dec 2026");
    }

    @Test
    void a_swedish_reader_reads_it_in_swedish() {
        reader(Languages.locale("sv"));
        assertThat(dates.dateTime(AT)).startsWith("6 dec").endsWith("kl. 14:05 CET");
    }

    private static void reader(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }
}
