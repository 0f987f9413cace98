package org.readiness.plan.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.Named;
import org.readiness.chart.SvgChart;
import org.readiness.plan.Agenda;
import org.readiness.plan.PlannedAction;
import org.readiness.plan.ScoreTrend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A checkpoint meeting: what was done since the last one, what is overdue, what is due before the next, whether the
 * actions done before worked, the score trend per area, and the meeting's notes and decisions, saved as they are
 * typed; its agenda and minutes as a PDF.
 */
class CheckpointPage extends Div {

    CheckpointPage(PlanSubject subject, LocalDate day, CheckpointParts parts) {
        addClassName("checkpoint-page");
        String language = Languages.current();
        Locale locale = Locale.forLanguageTag(language);
        Anchor back = new Anchor(subject.place().planLocation(), getTranslation("plan.checkpoint.back"));
        back.addClassName("back-link");
        H1 heading = new H1(getTranslation("plan.checkpoint.heading",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day)));
        add(back, heading);
        if (subject.clientName() != null) {
            Paragraph client = new Paragraph(getTranslation("plan.checkpoint.client", subject.clientName()));
            client.addClassName("client-line");
            add(client);
        }
        Agenda agenda = parts.agenda(subject, day);
        add(actions("plan.checkpoint.done-since", agenda.doneSince(), subject, "done-since"),
                actions("plan.checkpoint.overdue", agenda.overdue(), subject, "overdue"),
                actions("plan.checkpoint.due-next", agenda.dueBeforeNext(), subject, "due-next"));
        if (subject.previous() != null) {
            add(new DidItWorkPanel(subject.previous(), subject.source()));
        }
        add(trend(parts.trend(subject, language)));
        add(new CheckpointNotes(subject, day, parts));
        Anchor minutes = new Anchor(parts.minutes(subject, day, language), AttachmentType.DOWNLOAD,
                getTranslation("plan.checkpoint.pdf"));
        minutes.addClassName("checkpoint-pdf");
        add(minutes);
    }

    private Div actions(String key, List<PlannedAction> actions, PlanSubject subject, String kind) {
        H2 heading = new H2(getTranslation(key));
        Div section = new Div(heading);
        Named.region(section, heading);
        section.addClassNames("checkpoint-actions", "checkpoint-" + kind);
        if (actions.isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.checkpoint.nothing")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        String language = Languages.current();
        for (PlannedAction action : actions) {
            String title = subject.questionnaire().actions().stream().filter(each -> each.id()
                    .equals(action.actionId())).findFirst().map(each -> each.title().in(language))
                    .orElse(action.actionId());
            String owner = action.ownerName() != null ? action.ownerName() : action.ownerRole() == null
                    ? getTranslation("plan.action.no-owner") : subject.questionnaire().role(action.ownerRole())
                    .map(role -> role.label().in(language)).orElse(action.ownerRole());
            list.add(new ListItem(getTranslation("plan.checkpoint.item", title, owner,
                    Objects.toString(action.due(), "\u2013"))));
        }
        section.add(list);
        return section;
    }

    private Div trend(ScoreTrend trend) {
        String title = getTranslation("plan.checkpoint.trend");
        Div chart = new Div(new Html("<div>" + SvgChart.render(trend, title, trend.description(title)) + "</div>"));
        chart.addClassName("trend-chart");
        Div section = new Div(new H2(title), chart);
        section.addClassName("checkpoint-trend");
        return section;
    }
}
