package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.ResultWording;
import org.readiness.assessment.ui.WizardPreview;
import org.readiness.base.ui.Languages;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.studio.WhatMoves;


/**
 * The real wizard beside the editor, on the draft as it stands, in either of its languages; nothing is stored. The
 * answers given stay while the draft changes (those that still fit), and can be loaded from a stored assessment.
 */
final class PreviewPane extends Div {

    private final Select<String> language = new Select<>();
    private final Div wizard = new Div();
    private @Nullable Questionnaire questionnaire;
    private @Nullable WizardPreview preview;
    private Answers answers = Answers.none();
    private final ResultWording wording;

    PreviewPane(Div whatIf, ResultWording wording) {
        this.wording = wording;
        addClassName("preview-pane");
        language.setLabel(getTranslation("studio.preview.language"));
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                keepAnswers();
                render();
            }
        });
        Button restart = new Button(getTranslation("studio.preview.restart"), click -> {
            answers = Answers.none();
            render();
        });
        Div bar = new Div(language, restart, whatIf);
        bar.addClassName("studio-actions");
        add(new Paragraph(getTranslation("studio.preview.intro")), bar, wizard);
    }

    /** Shows the wizard of the draft; null when the draft does not pass the checks yet. */
    void show(@Nullable Questionnaire draft) {
        keepAnswers();
        this.questionnaire = draft;
        if (draft != null) {
            String chosen = language.getValue();
            language.setItems(draft.languages());
            language.setValue(chosen != null && draft.languages().contains(chosen) ? chosen
                    : draft.languageFor(Languages.current()));
        }
        render();
    }

    /** Answers from elsewhere (a stored assessment): those that fit the draft's questions. */
    void load(Answers loaded) {
        answers = loaded;
        render();
    }

    private void keepAnswers() {
        if (preview != null) {
            answers = preview.givenAnswers();
        }
    }

    /** Shows the wizard on {@code answers}; a caller that keeps the answers given in it calls keepAnswers first. */
    private void render() {
        wizard.removeAll();
        preview = null;
        if (questionnaire == null) {
            wizard.add(new Paragraph(getTranslation("studio.preview.needs-valid")));
            return;
        }
        preview = new WizardPreview(questionnaire, language.getValue(), WhatMoves.fitting(questionnaire, answers),
                wording);
        wizard.add(preview);
    }
}
