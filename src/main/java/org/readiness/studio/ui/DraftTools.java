package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.tabs.TabSheet;
import org.readiness.assessment.ResultWording;
import org.readiness.studio.DraftEditor;
import org.readiness.studio.DraftJson;
import org.readiness.studio.StudioVersions;
import org.readiness.studio.WhatMoves;

import java.util.List;

/**
 * The right-hand pane of a draft: the JSON, the preview, the sample run, what moves before publishing, the diff of
 * versions and the translations. The tab shown follows every change of the draft; the others catch up when chosen.
 */
final class DraftTools extends TabSheet {

    private final DraftEditor editor;
    private final PreviewPane preview;
    private final SampleRunPane sampleRun = new SampleRunPane();
    private final WhatMovesPane moves;
    private final DiffPane diff;
    private final TranslationsPane texts;

    DraftTools(DraftEditor editor, JsonEditor json, WhatMoves whatMoves, StudioVersions versions,
               ResultWording wording, Editing edit) {
        this.editor = editor;
        this.preview = new PreviewPane(new WhatIfPicker(whatMoves, this::loadAnswers), wording);
        this.moves = new WhatMovesPane(whatMoves);
        this.diff = new DiffPane(versions, editor::text);
        this.texts = new TranslationsPane(edit, editor::tree, editor.saved().questionnaireId());
        addClassName("studio-tools");
        add(getTranslation("studio.tab.json"), json);
        add(getTranslation("studio.tab.preview"), preview);
        add(getTranslation("studio.tab.sample"), sampleRun);
        add(getTranslation("studio.tab.moves"), moves);
        add(getTranslation("studio.tab.diff"), diff);
        add(getTranslation("studio.tab.texts"), texts);
        addSelectedChangeListener(change -> show());
    }

    private void loadAnswers(org.readiness.questionnaire.answer.Answers answers) {
        preview.load(answers);
    }

    void show() {
        ObjectNode tree = editor.tree();
        switch (getSelectedIndex()) {
            case 1 -> preview.show(editor.questionnaire());
            case 2 -> sampleRun.show(editor.questionnaire());
            case 3 -> moves.show(editor.questionnaire(), tree == null ? "en" : language(tree));
            case 4 -> diff.show(editor.saved().questionnaireId());
            case 5 -> {
                if (tree != null) {
                    texts.show(tree, editor.dates(), languages(tree));
                }
            }
            default -> { }
        }
    }

    static List<String> languages(ObjectNode tree) {
        return DraftJson.languages(tree);
    }

    /** The language the draft's texts are shown in: the reader's, when the draft has it. */
    static String language(ObjectNode tree) {
        List<String> languages = languages(tree);
        String current = org.readiness.base.ui.Languages.current();
        return languages.contains(current) ? current : languages.get(0);
    }
}
