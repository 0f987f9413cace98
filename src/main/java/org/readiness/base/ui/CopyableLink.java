package org.readiness.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A link of this app, shown in full (read-only and selectable, as it is on the address the page was opened with)
 * with a button that copies it. {@code path} is the part after the host, e.g. "resume/&lt;token&gt;".
 */
public class CopyableLink extends Div {

    private final String label;
    private final String help;
    private final String path;
    private final TextField field = new TextField();

    /** @param label and {@code help} are shown as they are: translate them first */
    public CopyableLink(String label, String help, String path) {
        this.label = label;
        this.help = help;
        this.path = path;
        addClassName("copyable-link");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        field.setLabel(label);
        field.setReadOnly(true);
        if (help != null) {
            field.setHelperText(help);
        }
        field.addClassName("copyable-link-field");
        Button copy = new Button(getTranslation("link.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel(getTranslation("link.copy-named", label));
        copy.addClickListener(click -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", field.getValue());
            Notification.show(getTranslation("link.copied"), 3000, Notification.Position.BOTTOM_CENTER);
        });
        add(field, copy);
        attachEvent.getUI().getPage().fetchCurrentURL(url -> field.setValue(absolute(url, path)));
    }

    /** The full address of a path of this app, on the host and port the page was opened with. */
    public static String absolute(java.net.URL current, String path) {
        return current.getProtocol() + "://" + current.getAuthority() + "/" + path;
    }
}
