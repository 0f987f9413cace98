package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** What an interview's pages show above their content: the way back to the consultant's page and the client. */
final class InterviewLines {

    private InterviewLines() {
    }

    /**
     * The way back to the consultant's page, as a navigation inside the app: the server takes it after every change
     * sent before the click (a note typed just before is stored first), where a plain link would leave the page.
     */
    static Anchor backLink(ReturnTo returnTo) {
        Anchor back = new Anchor(returnTo.location(), "");
        back.setText(back.getTranslation(returnTo.labelKey()));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-to-client");
        return back;
    }

    static Paragraph clientLine(String client) {
        Paragraph line = new Paragraph();
        line.setText(line.getTranslation("interview.client", client));
        line.addClassName("client-name");
        return line;
    }
}
