package org.readiness.studio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.readiness.studio.Draft;
import org.readiness.studio.JsonDiff;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Compare versions": the draft against the questionnaire's file shows exactly what was changed. */
class DiffPaneTest extends DraftPageTest {

    @Test
    void the_draft_against_its_file_shows_exactly_the_changed_text_and_point_value() {
        Draft draft = openCopyOfTheFixture("scoring-fixture");
        typeInJson(stored(draft).replace("\"Owner?\"", "\"Is there an owner?\"").replace("\"yes\": 4,", "\"yes\": 5,"));

        _get(DraftTools.class).setSelectedIndex(4);
        DiffPane pane = _get(DiffPane.class);
        @SuppressWarnings("unchecked")
        Select<Object> left = _get(pane, Select.class, spec -> spec.withLabel("Version A"));
        selectByLabel(left, "scoring-fixture 1.0 (file)");
        @SuppressWarnings("unchecked")
        Grid<JsonDiff.Change> grid = _get(pane, Grid.class);

        assertThat(_get(pane, Paragraph.class).getText()).isEqualTo("2 differences.");
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).isEqualTo(List.of("questions/owner/text",
                "{\"en\":\"Owner?\",\"sv\":\"Ägare?\"}", "{\"en\":\"Is there an owner?\",\"sv\":\"Ägare?\"}"));
        assertThat(_getFormattedRow(grid, 1)).isEqualTo(List.of("questions/owner/points/yes", "4", "5"));
    }
}
