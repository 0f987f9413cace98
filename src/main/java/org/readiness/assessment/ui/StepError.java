package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What stops the user on a step (questions left, an answer not stored), said at once to screen readers too. */
final class StepError extends Paragraph {

    StepError() {
        addClassName("step-error");
        getElement().setAttribute("role", "alert");
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    void hide() {
        setText("");
        setVisible(false);
    }
}
