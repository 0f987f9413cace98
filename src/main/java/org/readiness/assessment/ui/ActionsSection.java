package org.readiness.assessment.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.base.ui.Named;
import org.readiness.base.ui.ShownWhenOpened;
import org.readiness.result.Recommended;

import java.util.List;

/**
 * The next steps, most valuable first, each with how much it could raise the overall score and the answers that
 * called for it: the first ones open, the rest behind "Show all".
 */
class ActionsSection extends Section {

    ActionsSection(Recommended recommended) {
        addClassName("actions");
        H2 heading = new H2(getTranslation("result.actions"));
        add(heading);
        Named.region(this, heading);
        List<Recommended.ActionLine> actions = recommended.actions();
        if (actions.isEmpty()) {
            add(new Paragraph(recommended.noActions()));
            return;
        }
        OrderedList first = new OrderedList();
        actions.stream().limit(SummarySection.TOP_ACTIONS).forEach(action -> first.add(item(action, recommended)));
        add(first);
        if (actions.size() > SummarySection.TOP_ACTIONS) {
            Details more = new ShownWhenOpened(getTranslation("result.actions.show-all", actions.size()), () -> {
                OrderedList rest = new OrderedList();
                rest.getElement().setAttribute("start", String.valueOf(SummarySection.TOP_ACTIONS + 1));
                actions.stream().skip(SummarySection.TOP_ACTIONS).forEach(action -> rest.add(item(action, recommended)));
                return rest;
            });
            more.addClassName("more-actions");
            add(more);
        }
    }

    private ListItem item(Recommended.ActionLine action, Recommended recommended) {
        ListItem item = new ListItem();
        item.addClassName("action");
        item.getElement().setAttribute("data-action", action.id());
        Span title = new Span(action.title());
        title.addClassName("action-title");
        // Each step is a heading under "Next steps", as a screen reader moves from one to the next.
        title.getElement().setAttribute("role", "heading");
        title.getElement().setAttribute("aria-level", "3");
        item.add(title, new Paragraph(action.reason()));
        if (action.pointsText() != null) {
            Span points = new Span(action.pointsText());
            points.addClassName("action-points");
            item.add(points);
        }
        UnorderedList because = new UnorderedList();
        action.because().stream().filter(each -> each.answer() != null).forEach(each ->
                because.add(new ListItem(each.questionText() + " \u2192 " + each.answerText())));
        if (because.getChildren().findAny().isPresent()) {
            Span label = new Span(recommended.becauseLabel());
            label.addClassName("because-label");
            item.add(label, because);
        }
        return item;
    }
}
