package org.readiness.studio.ui;

import com.vaadin.flow.component.html.Span;

/** The draft's save state in words, read out by screen readers as it changes. */
final class SaveStatusLine extends Span {

    SaveStatusLine() {
        addClassName("studio-save-status");
        getElement().setAttribute("role", "status");
    }

    void saved() {
        setText(getTranslation("studio.status.saved"));
        getElement().setAttribute("data-state", "saved");
    }

    void notSaved(String why) {
        setText(why);
        getElement().setAttribute("data-state", "not-saved");
    }
}
