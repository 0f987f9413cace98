package org.readiness.assessment.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;

/**
 * A text area whose refused text stays on the page alone: the user keeps every character to shorten, and the server
 * holds none of it (a refused text of hundreds of KB would otherwise stay in the session as the field's value).
 */
final class LimitedTextArea extends TextArea {

    LimitedTextArea(String label) {
        super(label);
    }

    /**
     * Lets go of the text the page just sent, without telling the page: the server goes on as if the field held
     * {@code kept}. The value is stored as Vaadin stores a value that comes from the page (not sent back); Vaadin has no
     * public way to do that, so this uses its internal one.
     */
    void forget(String kept) {
        getElement().getNode().getFeature(ElementPropertyMap.class).setProperty("value", kept, false);
        setModelValue(kept, false);
    }
}
