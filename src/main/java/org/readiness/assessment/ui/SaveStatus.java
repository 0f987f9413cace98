package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;

/** A quiet line that says whether the answers are saved; read out by screen readers when it changes. */
class SaveStatus extends Span {

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void saved() {
        show("save.saved", "saved");
    }

    void failed() {
        show("save.failed", "failed");
    }

    void gone() {
        show("save.gone", "failed");
    }

    private void show(String key, String state) {
        setText(getTranslation(key));
        getElement().setAttribute("data-state", state);
    }
}
