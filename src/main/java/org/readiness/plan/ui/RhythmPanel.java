package org.readiness.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.readiness.base.ui.Languages;
import org.readiness.plan.Rhythm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The checkpoint meetings with the leadership: every so many weeks from a first meeting, as the source recommends;
 * the series to add to a calendar (.ics) and a page for each meeting.
 */
class RhythmPanel extends Div {

    private final PlanPage page;

    RhythmPanel(PlanPage page) {
        this.page = page;
        addClassName("plan-rhythm");
        render();
    }

    private void render() {
        removeAll();
        Rhythm rhythm = page.subject().plan().rhythm();
        ZoneId zone = rhythm == null ? page.outputs().defaultZone() : rhythm.zone();
        IntegerField weeks = new IntegerField(getTranslation("plan.rhythm.weeks"));
        weeks.setMin(1);
        weeks.setMax(Rhythm.MOST_WEEKS);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(rhythm == null ? 4 : rhythm.weeks());
        DatePicker first = new DatePicker(getTranslation("plan.rhythm.first"), rhythm == null
                ? LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : rhythm.firstMeeting().toLocalDate());
        first.setLocale(Locale.forLanguageTag(Languages.current()));
        first.setAutoOpen(false);
        TimePicker time = new TimePicker(getTranslation("plan.rhythm.time"), rhythm == null ? LocalTime.of(9, 0)
                : rhythm.firstMeeting().toLocalTime());
        IntegerField minutes = new IntegerField(getTranslation("plan.rhythm.minutes"));
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setValue(rhythm == null ? 60 : rhythm.minutes());
        ComboBox<String> zones = new ComboBox<>(getTranslation("plan.rhythm.zone"));
        zones.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        zones.setValue(zone.getId());
        Button save = new Button(getTranslation("plan.rhythm.save"), click -> save(weeks, first, time, minutes, zones));
        save.addClassName("plan-rhythm-save");
        Div fields = new Div(weeks, first, time, minutes, zones, save);
        fields.addClassName("toolbar");
        add(new H2(getTranslation("plan.rhythm.heading")), new Paragraph(getTranslation("plan.rhythm.intro")), fields);
        if (rhythm != null) {
            add(meetings(rhythm));
        }
    }

    private void save(IntegerField weeks, DatePicker first, TimePicker time, IntegerField minutes,
                      ComboBox<String> zones) {
        if (weeks.getValue() == null || weeks.getValue() < 1 || weeks.getValue() > Rhythm.MOST_WEEKS
                || minutes.getValue() == null || minutes.getValue() < 15 || minutes.getValue() > 480
                || first.getValue() == null || time.getValue() == null || zones.getValue() == null) {
            Notification.show(getTranslation("plan.rhythm.invalid", Rhythm.MOST_WEEKS));
            return;
        }
        Rhythm rhythm = new Rhythm(weeks.getValue(), ZonedDateTime.of(first.getValue(), time.getValue(),
                ZoneId.of(zones.getValue())), minutes.getValue());
        page.plans().setRhythm(page.subject().plan(), rhythm);
        page.changed(false);
        render();
    }

    private Div meetings(Rhythm rhythm) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(Languages.current()));
        UnorderedList list = new UnorderedList();
        list.addClassName("plan-meetings");
        for (ZonedDateTime meeting : rhythm.meetings()) {
            Anchor link = new Anchor(page.subject().place().checkpointLocation(meeting.toLocalDate()),
                    getTranslation("plan.rhythm.meeting", format.format(meeting)));
            list.add(new ListItem(link));
        }
        Anchor calendar = new Anchor(page.outputs().calendar(page.subject()), getTranslation("plan.rhythm.ics"));
        calendar.addClassName("plan-ics");
        Div meetings = new Div(new Paragraph(getTranslation("plan.rhythm.series", rhythm.weeks(), Rhythm.MEETINGS)),
                calendar, list);
        meetings.addClassName("plan-series");
        return meetings;
    }
}
