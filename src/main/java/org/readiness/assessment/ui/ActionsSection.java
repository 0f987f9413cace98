package org.readiness.assessment.ui;

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
        String heading = Named.headingId();
        Named.region(this, heading);
        List<Recommended.ActionLine> actions = recommended.actions();
        Markup first = new Markup().open("div", null).element("h2", null, getTranslation("result.actions"), "id",
                heading);
        if (actions.isEmpty()) {
            add(first.element("p", null, recommended.noActions()).close("div").toComponent());
            return;
        }
        add(list(first, actions.stream().limit(SummarySection.TOP_ACTIONS).toList(), 1, recommended).close("div")
                .toComponent());
        if (actions.size() > SummarySection.TOP_ACTIONS) {
            ShownWhenOpened more = new ShownWhenOpened(getTranslation("result.actions.show-all", actions.size()),
                    () -> list(new Markup(), actions.stream().skip(SummarySection.TOP_ACTIONS).toList(),
                            SummarySection.TOP_ACTIONS + 1, recommended).toComponent());
            more.addClassName("more-actions");
            add(more);
        }
    }

    /** Next steps are text the reader does not change: one element of markup for a list of them. */
    private static Markup list(Markup markup, List<Recommended.ActionLine> actions, int start,
                               Recommended recommended) {
        markup.open("ol", null, "start", String.valueOf(start));
        actions.forEach(action -> item(markup, action, recommended));
        return markup.close("ol");
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
