package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;
import org.readiness.questionnaire.Step;

import java.util.List;

/**
 * Where the user is: the steps by name (earlier ones are links back), "Step 2 of 5" and a progress bar.
 * Vaadin has no stepper; this one is an ordered list in a labelled nav, with aria-current on the current step. The
 * list, the count and Vaadin's progress bar are this element's markup (the links are followed by Vaadin's router, as a
 * RouterLink's are), so a step's page keeps one state node for it, not one per step and name.
 */
@JsModule("@vaadin/progress-bar/src/vaadin-progress-bar.js")
class StepIndicator extends Div {

    StepIndicator(List<Step> steps, int current, String language, boolean allStepsOpen) {
        addClassName("step-indicator");
        Markup markup = new Markup().open("div", "steps-and-count")
                .open("nav", null, "aria-label", getTranslation("wizard.steps")).open("ol", "steps");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String name = step.title().in(language);
            markup.open("li", i < current ? "done" : i == current ? "current" : "todo");
            if (i == current) {
                markup.element("span", null, name, "aria-current", "step");
            } else if (i < current || allStepsOpen) {
                markup.element("a", null, name, "href", RouteConfiguration.forSessionScope()
                        .getUrl(WizardView.class, new RouteParameters("stepId", step.id())), "router-link", "");
            } else {
                markup.element("span", null, name);
            }
            markup.close("li");
        }
        String count = getTranslation("wizard.step-of", current + 1, steps.size());
        markup.close("ol").close("nav").element("span", "step-count", count).close("div")
                .open("vaadin-progress-bar", null, "min", "0", "max", String.valueOf(steps.size()), "value",
                        String.valueOf(current + 1), "aria-label", count).close("vaadin-progress-bar");
        getElement().setProperty("innerHTML", markup.toString());
    }
}
