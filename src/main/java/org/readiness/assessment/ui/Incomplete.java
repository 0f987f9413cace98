package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The mark of a score that is not final: required questions were left open when the interview was finished. */
final class Incomplete {

    private Incomplete() {
    }

    static Span badge(Component ui, long openQuestions) {
        Span badge = new Span(openQuestions == 1 ? ui.getTranslation("result.incomplete.one")
                : ui.getTranslation("result.incomplete.many", openQuestions));
        badge.addClassName("band");
        badge.addClassName("incomplete");
        return badge;
    }
}
