package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;

import java.util.Optional;

/** The personal resume link, read-only and selectable, with a button that copies it. */
class ResumeLinkBox extends Div {

    static final String RESUME_PATH = "resume/";

    private final String path;
    private final String token;

    ResumeLinkBox(String token) {
        this(RESUME_PATH, token);
    }

    /** The session's resume link, unless it has no token or its journey gives no link ({@link Journey}). */
    static Optional<ResumeLinkBox> of(WizardSession session) {
        Optional<String> path = session.journey().isPresent()
                ? Optional.ofNullable(session.journey().get().linkPath()) : Optional.of(RESUME_PATH);
        return session.token().flatMap(token -> path.map(start -> new ResumeLinkBox(start, token)));
    }

    ResumeLinkBox(String path, String token) {
        this.path = path;
        this.token = token;
        addClassName("resume-link");
        getElement().addEventListener("link-copied", event -> Notification.show(getTranslation("resume.copied"), 3000,
                Notification.Position.BOTTOM_CENTER));
    }

    /**
     * The field and its copy button as one element of markup: Vaadin's own text field and button, so they look and
     * read as before, with one state node for the box. The page fills in and copies the link itself; the server
     * only says that it is copied.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Markup box = new Markup()
                .open("vaadin-text-field", "resume-link-field", "label", getTranslation("resume.link-label"),
                        "helper-text", getTranslation("resume.link-help"), "readonly", "")
                .open("vaadin-button", null, "slot", "suffix", "theme", "tertiary")
                .open("vaadin-icon", null, "icon", "vaadin:copy", "slot", "prefix").close("vaadin-icon")
                .text(getTranslation("resume.copy"))
                .close("vaadin-button")
                .close("vaadin-text-field");
        getElement().setProperty("innerHTML", box.toString());
        getElement().executeJs(FILL_AND_COPY, path + token);
    }

    /** The page knows its own address: the link is there as the field appears, with no round trip to ask. */
    private static final String FILL_AND_COPY = """
            const field = this.querySelector('vaadin-text-field');
            field.value = new URL($0, document.baseURI).href;
            this.querySelector('vaadin-button').addEventListener('click', () => {
              if (navigator.clipboard) navigator.clipboard.writeText(field.value);
              this.dispatchEvent(new CustomEvent('link-copied'));
            });""";
}
