package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
        add(list(actions.stream().limit(SummarySection.TOP_ACTIONS).toList(), 1, recommended));
        if (actions.size() > SummarySection.TOP_ACTIONS) {
            Details more = new ShownWhenOpened(getTranslation("result.actions.show-all", actions.size()), () -> list(
                    actions.stream().skip(SummarySection.TOP_ACTIONS).toList(), SummarySection.TOP_ACTIONS + 1,
                    recommended));
            more.addClassName("more-actions");
            add(more);
        }
    }

    /** Next steps are text the reader does not change: one element of markup for a list of them. */
    private static Html list(List<Recommended.ActionLine> actions, int start, Recommended recommended) {
        Markup list = new Markup().open("ol", null, "start", String.valueOf(start));
        actions.forEach(action -> item(list, action, recommended));
        return list.close("ol").toComponent();
    }

    private static void item(Markup list, Recommended.ActionLine action, Recommended recommended) {
        list.open("li", "action", "data-action", action.id());
        // Each step is a heading under "Next steps", as a screen reader moves from one to the next.
        list.element("span", "action-title", action.title(), "role", "heading", "aria-level", "3");
        list.element("p", null, action.reason());
        if (action.pointsText() != null) {
            list.element("span", "action-points", action.pointsText());
        }
        List<Recommended.Because> because = action.because().stream().filter(each -> each.answer() != null).toList();
        if (!because.isEmpty()) {
            list.element("span", "because-label", recommended.becauseLabel()).open("ul", null);
            because.forEach(each -> list.element("li", null, each.questionText() + " \u2192 " + each.answerText()));
            list.close("ul");
        }
        list.close("li");
    }
}
