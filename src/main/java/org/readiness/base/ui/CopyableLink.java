package org.readiness.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** A link shown in full, read-only and selectable, with a button in the field that copies it. */
public class CopyableLink extends Div {

    /** @param label and {@code help} are shown as they are: translate them first */
    public CopyableLink(String label, @Nullable String help, String link) {
        addClassName("copyable-link");
        TextField field = new TextField(label);
        field.setReadOnly(true);
        field.setValue(link);
        if (help != null) {
            field.setHelperText(help);
        }
        field.addClassName("copyable-link-field");
        Button copy = new Button(getTranslation("link.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel(getTranslation("link.copy-named", label));
        copy.addClickListener(click -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link);
            Notification.show(getTranslation("link.copied"), 3000, Notification.Position.BOTTOM_CENTER);
        });
        // In the field, the button stays level with the link whatever the label and help above and below it.
        field.setSuffixComponent(copy);
        add(field);
    }
}
