package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.studio.Outline;
import org.readiness.studio.TreeEdits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of the item selected in the outline: every field it can have, texts in every language side by side.
 * Each change goes to the document at once; each problem the checks find is shown at its field, in the sentence
 * {@code --validate} prints.
 */
final class ItemForm extends Div {

    private final Editing edit;
    private final Map<String, FieldBox> fields = new LinkedHashMap<>();
    private final Paragraph otherProblems = new Paragraph();
    private final H2 heading = new H2();
    private Outline.Item item;

    ItemForm(Editing edit) {
        this.edit = edit;
        addClassName("item-form");
    }

    Outline.Item item() {
        return item;
    }

    void show(JsonNode document, Outline.Item item, List<String> languages) {
        this.item = item;
        removeAll();
        fields.clear();
        retitle(item);
        add(heading);
        otherProblems.addClassName("item-problems");
        otherProblems.getElement().setAttribute("role", "alert");
        otherProblems.setVisible(false);
        add(otherProblems);
        FormFields builder = new FormFields(document, languages, edit, fields);
        JsonNode node = TreeEdits.at(document, item.pointer());
        switch (item.kind()) {
            case QUESTIONNAIRE -> builder.questionnaire();
            case STEP -> builder.step(item.pointer());
            case QUESTION -> builder.question(item.pointer(), node);
            case AREA -> builder.area(item.pointer());
            case BANDS -> builder.bands();
            case STRUCTURE -> builder.structure();
            case OWNER -> builder.owner(item.pointer());
            case ACTION -> builder.action(item.pointer());
            case ROLE -> builder.role(item.pointer());
        }
        builder.components().forEach(this::add);
    }

    /** The same item under a new id: only the heading changes, so nothing typed in the form meanwhile is lost. */
    void retitle(Outline.Item item) {
        this.item = item;
        heading.setText(getTranslation("studio.form.heading", getTranslation("studio.kind." + item.kind().name()),
                item.id()));
    }

    /** The text is not JSON the form can read: it waits for the JSON pane. */
    void notJson() {
        item = null;
        removeAll();
        fields.clear();
        Paragraph wait = new Paragraph(getTranslation("studio.form.not-json"));
        wait.getElement().setAttribute("role", "alert");
        add(wait);
    }

    /** Shows each problem of this item at its field (the deepest field whose pointer holds it), others on top. */
    void showProblems(List<FileProblem> problems) {
        fields.values().forEach(field -> field.showProblem(""));
        StringBuilder rest = new StringBuilder();
        Map<FieldBox, StringBuilder> byField = new LinkedHashMap<>();
        for (FileProblem problem : problems) {
            FieldBox field = fieldFor(problem.pointer());
            if (field == null) {
                rest.append(rest.isEmpty() ? "" : " ").append(ProblemList.sentence(problem));
            } else {
                byField.computeIfAbsent(field, any -> new StringBuilder()).append(ProblemList.sentence(problem))
                        .append(' ');
            }
        }
        byField.forEach((field, sentences) -> field.showProblem(sentences.toString().strip()));
        otherProblems.setText(rest.toString());
        otherProblems.setVisible(!rest.isEmpty());
    }

    private FieldBox fieldFor(String pointer) {
        FieldBox found = null;
        int length = -1;
        for (var entry : fields.entrySet()) {
            String at = entry.getKey();
            if ((pointer.equals(at) || pointer.startsWith(at + "/")) && at.length() > length) {
                found = entry.getValue();
                length = at.length();
            }
        }
        return found;
    }
}
