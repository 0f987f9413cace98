package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.readiness.studio.DraftJson;
import org.readiness.studio.JsonDiff;
import org.readiness.studio.QuestionnaireVersion;
import org.readiness.studio.StudioVersions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Two versions side by side: every text, point, condition, band and rule that differs, matched by ids (a moved
 * question is one change of order). Any stored, published or file version, or the draft as it stands.
 */
final class DiffPane extends Div {

    private final StudioVersions versions;
    private final Supplier<String> draftText;
    private final Select<Choice> left = new Select<>();
    private final Select<Choice> right = new Select<>();
    private final Grid<JsonDiff.Change> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    private record Choice(String label, Supplier<String> content) {
    }

    DiffPane(StudioVersions versions, Supplier<String> draftText) {
        this.versions = versions;
        this.draftText = draftText;
        addClassName("diff-pane");
        left.setLabel(getTranslation("studio.diff.left"));
        right.setLabel(getTranslation("studio.diff.right"));
        left.setItemLabelGenerator(Choice::label);
        right.setItemLabelGenerator(Choice::label);
        left.addValueChangeListener(change -> compare());
        right.addValueChangeListener(change -> compare());
        grid.addColumn(change -> change.key().isEmpty() ? "/" : change.key()).setHeader(getTranslation("studio.diff.where"))
                .setFlexGrow(2);
        grid.addColumn(change -> text(change.before())).setHeader(getTranslation("studio.diff.left")).setFlexGrow(3);
        grid.addColumn(change -> text(change.after())).setHeader(getTranslation("studio.diff.right")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        summary.getElement().setAttribute("role", "status");
        Div bar = new Div(left, right);
        bar.addClassName("studio-actions");
        add(bar, summary, grid);
    }

    void show(String questionnaireId) {
        List<Choice> choices = new ArrayList<>();
        Choice draft = new Choice(getTranslation("studio.diff.draft"), draftText);
        choices.add(draft);
        for (QuestionnaireVersion version : versions.of(questionnaireId)) {
            choices.add(new Choice(version.questionnaireId() + " " + version.version() + " ("
                    + getTranslation("studio.diff.kind." + version.kind().name()) + ")", version::content));
        }
        left.setItems(choices);
        right.setItems(choices);
        if (choices.size() > 1) {
            left.setValue(choices.get(1));
        }
        right.setValue(draft);
    }

    private void compare() {
        if (left.getValue() == null || right.getValue() == null) {
            return;
        }
        JsonNode before = DraftJson.parse(left.getValue().content().get()).map(JsonNode.class::cast).orElse(null);
        JsonNode after = DraftJson.parse(right.getValue().content().get()).map(JsonNode.class::cast).orElse(null);
        if (before == null || after == null) {
            summary.setText(getTranslation("studio.form.not-json"));
            grid.setItems(List.of());
            return;
        }
        List<JsonDiff.Change> changes = JsonDiff.between(before, after);
        summary.setText(getTranslation("studio.diff.count", changes.size()));
        grid.setItems(changes);
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return "\u2013";
        }
        return value.isTextual() ? value.asText() : StaleNotice.abbreviate(value.toString());
    }
}
