package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a step's page that change from one step to the next (the step's top and its questions), replaced in
 * place while the page's frame (the error line, the buttons, the save status, the resume link) stays: Next sends the
 * new step, not a new page.
 */
final class StepParts {

    private final HasOrderedComponents page;
    private final List<Component> shown = new ArrayList<>();

    StepParts(HasOrderedComponents page) {
        this.page = page;
    }

    /** The page anew: the step, then its frame. */
    void showAnew(List<Component> step, List<Component> frame) {
        page.removeAll();
        step.forEach(page::add);
        frame.forEach(page::add);
        shown.clear();
        shown.addAll(step);
    }

    /** Replaces the step's parts in front of the frame. */
    void replace(List<Component> step) {
        shown.forEach(page::remove);
        for (int index = 0; index < step.size(); index++) {
            page.addComponentAtIndex(index, step.get(index));
        }
        shown.clear();
        shown.addAll(step);
    }
}
