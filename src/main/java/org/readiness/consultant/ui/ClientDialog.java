package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
        for (TextField field : new TextField[] {organisation, contact, industry}) {
            field.setMaxLength(ClientDetails.NAME_LIMIT);
            field.setHelperText(getTranslation("client.limit", ClientDetails.NAME_LIMIT));
        }
        notes.setMaxLength(ClientDetails.NOTES_LIMIT);
        notes.setHelperText(getTranslation("client.limit", ClientDetails.NOTES_LIMIT));
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
