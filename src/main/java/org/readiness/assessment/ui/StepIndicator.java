package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.readiness.questionnaire.Step;

import java.util.List;

/**
 * Where the user is: the steps by name (earlier ones are links back), "Step 2 of 5" and a progress bar.
 * Vaadin has no stepper; this one is an ordered list in a labelled nav, with aria-current on the current step.
 */
class StepIndicator extends Div {

    StepIndicator(List<Step> steps, int current, String language, boolean allStepsOpen) {
        addClassName("step-indicator");
        OrderedList list = new OrderedList();
        list.addClassName("steps");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String name = step.title().in(language);
            ListItem item = new ListItem();
            item.addClassName(i < current ? "done" : i == current ? "current" : "todo");
            if (i == current) {
                Span label = new Span(name);
                label.getElement().setAttribute("aria-current", "step");
                item.add(label);
            } else if (i < current || allStepsOpen) {
                item.add(new RouterLink(name, WizardView.class, new RouteParameters("stepId", step.id())));
            } else {
                item.add(new Span(name));
            }
            list.add(item);
        }
        Nav nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        Span count = new Span(getTranslation("wizard.step-of", current + 1, steps.size()));
        count.addClassName("step-count");
        ProgressBar progress = new ProgressBar(0, steps.size(), current + 1);
        progress.getElement().setAttribute("aria-label", count.getText());
        add(nav, count, progress);
    }
}
