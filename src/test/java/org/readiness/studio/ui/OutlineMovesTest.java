package org.readiness.studio.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.readiness.studio.Draft;
import org.readiness.studio.Outline;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/** Reordering in the outline by keyboard (Alt+Up, Alt+Down) and by the move buttons, as the draft's JSON shows it. */
class OutlineMovesTest extends DraftPageTest {

    @SuppressWarnings("unchecked")
    private static Grid<Outline.Item> outline() {
        return _get(_get(OutlinePane.class), Grid.class);
    }

    private static void choose(String questionId) {
        Grid<Outline.Item> grid = outline();
        _select(grid, _findAll(grid).stream().filter(item -> item.kind() == Outline.Kind.QUESTION
                && item.id().equals(questionId)).findFirst().orElseThrow());
    }

    private List<String> questionsOfStep(Draft draft, int step) {
        List<String> ids = new ArrayList<>();
        storedTree(draft).at("/steps/" + step + "/questions").forEach(question -> ids.add(question.path("id").asText()));
        return ids;
    }

    private static String formHeading() {
        return _get(_get(ItemForm.class), H2.class).getText();
    }

    @Test
    void the_move_buttons_move_the_selected_question_down_and_up_in_its_step() {
        Draft draft = openCopyOfTheFixture("moves-" + suffix);
        choose("owner");

        _click(button("Move down"));
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner-time", "owner", "knowledge");

        _click(button("Move down"));
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner-time", "knowledge", "owner");

        _click(button("Move up"));
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner-time", "owner", "knowledge");
        assertThat(formHeading()).isEqualTo("Question: owner");
    }

    @Test
    void alt_up_and_alt_down_move_the_selected_question_and_it_stays_selected() {
        Draft draft = openCopyOfTheFixture("moves-" + suffix);
        choose("knowledge");

        _fireShortcut(outline(), Key.ARROW_UP, KeyModifier.ALT);
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner", "knowledge", "owner-time");

        _fireShortcut(outline(), Key.ARROW_UP, KeyModifier.ALT);
        assertThat(questionsOfStep(draft, 1)).containsExactly("knowledge", "owner", "owner-time");

        _fireShortcut(outline(), Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner", "knowledge", "owner-time");
        assertThat(outline().asSingleSelect().getValue().id()).isEqualTo("knowledge");
        assertThat(formHeading()).isEqualTo("Question: knowledge");
    }

    @Test
    void alt_up_on_the_first_question_of_a_step_moves_it_to_the_end_of_the_step_before() {
        Draft draft = openCopyOfTheFixture("moves-" + suffix);
        choose("owner");

        _fireShortcut(outline(), Key.ARROW_UP, KeyModifier.ALT);

        assertThat(questionsOfStep(draft, 0)).containsExactly("size", "goal", "owner");
        assertThat(questionsOfStep(draft, 1)).containsExactly("owner-time", "knowledge");
    }
}
