package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

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
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        TextField link = new TextField(getTranslation("resume.link-label"));
        link.setReadOnly(true);
        link.setHelperText(getTranslation("resume.link-help"));
        link.addClassName("resume-link-field");
        Button copy = new Button(getTranslation("resume.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(click -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText(this.value)");
            Notification.show(getTranslation("resume.copied"), 3000, Notification.Position.BOTTOM_CENTER);
        });
        link.setSuffixComponent(copy);
        add(link);
        // The page knows its own address: the link is there as the field appears, with no round trip to ask.
        link.getElement().executeJs("this.value = new URL($0, document.baseURI).href", path + token);
    }
}
