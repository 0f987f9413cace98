package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.readiness.base.ui.Dates;
import org.readiness.studio.PublishResult;
import org.readiness.studio.PublishService;

import java.util.function.Function;

/**
 * Publishing: the kind of change against the version served now, the number it suggests (which the author may
 * change), and a sentence on what publishing does. {@code publish} returns an error to show, or null when done.
 */
final class PublishDialog extends Dialog {

    /** Why a publish was refused, in words. */
    static String refusal(com.vaadin.flow.component.Component ui, PublishResult result, Dates dates) {
        if (result instanceof PublishResult.Invalid invalid) {
            return ui.getTranslation("studio.publish.invalid", invalid.problems().size());
        }
        if (result instanceof PublishResult.VersionTooLow low) {
            return ui.getTranslation("studio.publish.too-low", low.highest());
        }
        var current = ((PublishResult.Stale) result).current();
        return ui.getTranslation("studio.status.stale", current.updatedBy(), dates.dateTime(current.updatedAt()));
    }

    PublishDialog(PublishService.Proposal proposal, Function<String, String> publish) {
        setHeaderTitle(getTranslation("studio.publish.title"));
        addClassName("publish-dialog");
        String kind = switch (proposal.kind()) {
            case FIRST -> getTranslation("studio.publish.first");
            case TEXTS -> getTranslation("studio.publish.texts", proposal.servedVersion());
            case SCORING -> getTranslation("studio.publish.scoring", proposal.servedVersion());
        };
        TextField version = new TextField(getTranslation("studio.publish.version"));
        version.setValue(proposal.version());
        Button go = new Button(getTranslation("studio.publish.go"), click -> {
            String error = publish.apply(version.getValue().strip());
            if (error == null) {
                close();
            } else {
                version.setErrorMessage(error);
                version.setInvalid(true);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("publish-go");
        add(new Paragraph(kind), version, new Paragraph(getTranslation("studio.publish.effect")));
        getFooter().add(new Button(getTranslation("studio.cancel"), click -> close()), go);
    }
}
