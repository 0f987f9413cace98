package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;

import java.util.function.Consumer;

/** Creates or edits a client; a field that breaks its rule says so at the field, and nothing typed is lost. */
class ClientDialog extends Dialog {

    private final TextField organisation = new TextField();
    private final TextField contact = new TextField();
    private final TextField industry = new TextField();
    private final TextArea notes = new TextArea();

    ClientDialog(@Nullable Client client, Consumer<ClientDetails> save) {
        setHeaderTitle(getTranslation(client == null ? "clients.new" : "client.edit"));
        organisation.setLabel(getTranslation("clients.organisation"));
        organisation.setRequiredIndicatorVisible(true);
        contact.setLabel(getTranslation("clients.contact"));
        industry.setLabel(getTranslation("clients.industry"));
        notes.setLabel(getTranslation("client.notes"));
        // No maxlength in the browser: it would cut a pasted text mid-word without a word. The field says the limit.
        limit(organisation, "organisation", ClientDetails.NAME_LIMIT);
        limit(contact, "contact-person", ClientDetails.NAME_LIMIT);
        limit(industry, "industry", ClientDetails.NAME_LIMIT);
        limit(notes, "notes", ClientDetails.NOTES_LIMIT);
        if (client != null) {
            organisation.setValue(client.organisation());
            contact.setValue(client.contactPerson() == null ? "" : client.contactPerson());
            industry.setValue(client.industry() == null ? "" : client.industry());
            notes.setValue(client.notes() == null ? "" : client.notes());
        }
        FormLayout form = new FormLayout(organisation, contact, industry, notes);
        form.setColspan(notes, 2);
        add(form);
        Button saveButton = new Button(getTranslation("client.save"), click -> {
            ClientDetails details = new ClientDetails(organisation.getValue(), contact.getValue(), industry.getValue(),
                    notes.getValue());
            String problem = details.problem();
            if (problem != null) {
                fieldOf(problem).setErrorMessage(getTranslation("client.problem." + problem));
                fieldOf(problem).setInvalid(true);
                return;
            }
            save.accept(details);
            close();
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("save-client");
        getFooter().add(new Button(getTranslation("client.cancel"), click -> close()), saveButton);
    }

    /** Says the limit under the field, and at once when the text typed or pasted goes past it; the text stays. */
    private <F extends TextFieldBase<F, String>> void limit(F field, String name, int limit) {
        field.setHelperText(getTranslation("client.limit", limit));
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            int length = change.getValue().codePointCount(0, change.getValue().length());
            boolean tooLong = length > limit;
            if (tooLong) {
                field.setErrorMessage(getTranslation("client.problem." + name + ".too-long") + " "
                        + getTranslation("client.length-now", length));
            }
            field.setInvalid(tooLong);
        });
    }

    private com.vaadin.flow.component.HasValidation fieldOf(String problem) {
        if (problem.startsWith("contact")) {
            return contact;
        } else if (problem.startsWith("industry")) {
            return industry;
        } else if (problem.startsWith("notes")) {
            return notes;
        }
        return organisation;
    }
}
