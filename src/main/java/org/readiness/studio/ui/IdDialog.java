package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Asks for a questionnaire id (for a copy, or a new questionnaire) and checks its form before going on. */
final class IdDialog extends Dialog {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    IdDialog(String title, String explanation, String id, Consumer<String> made) {
        setHeaderTitle(title);
        TextField field = new TextField(getTranslation("studio.id"));
        field.setValue(id);
        field.setWidthFull();
        field.setMaxLength(64);
        field.setHelperText(getTranslation("studio.id.rules"));
        Button make = new Button(getTranslation("studio.id.make"), click -> {
            String value = field.getValue().strip();
            if (!ID.matcher(value).matches()) {
                field.setErrorMessage(getTranslation("studio.id.invalid"));
                field.setInvalid(true);
                return;
            }
            close();
            made.accept(value);
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(explanation), field);
        getFooter().add(new Button(getTranslation("studio.cancel"), click -> close()), make);
    }
}
