package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.plan.PlanService;
import org.readiness.plan.Projection;
import org.readiness.questionnaire.Action;
import org.readiness.scoring.Score;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions to choose from: those the answers trigger, most valuable first, and any the plan carries that no
 * longer trigger; each ticked in or out of the plan.
 */
class ActionList extends Div {

    ActionList(PlanPage page) {
        addClassName("plan-actions");
        add(new H2(getTranslation("plan.actions.heading")));
        List<Action> triggered = PlanService.triggered(page.subject().source().evaluation());
        List<Action> shown = new ArrayList<>(triggered);
        page.subject().plan().actions().forEach(planned -> page.subject().questionnaire().actions().stream()
                .filter(action -> action.id().equals(planned.actionId()) && !shown.contains(action))
                .findFirst().ifPresent(shown::add));
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("plan.actions.none")));
            return;
        }
        Score today = page.subject().source().evaluation().score();
        for (Action action : shown) {
            add(new ActionCard(page, action, Projection.gain(page.subject().base(), today, action),
                    triggered.contains(action)));
        }
    }
}
