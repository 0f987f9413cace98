package org.readiness.studio.ui;

import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.readiness.studio.Draft;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The draft page's Undo and Redo: every change, each saved as it is undone or redone. */
class UndoRedoTest extends DraftPageTest {

    private static TextArea englishTitle() {
        return _get(TextArea.class, spec -> spec.withLabel("Title (en)"));
    }

    private static NumberField minutes() {
        return _get(NumberField.class, spec -> spec.withLabel("Minutes it takes"));
    }

    @Test
    void undo_twice_gives_the_draft_back_and_redo_gives_both_changes_again() {
        Draft draft = openCopyOfTheFixture("undo-" + suffix);
        String original = stored(draft);
        assertThat(button("Undo").isEnabled()).isFalse();
        assertThat(button("Redo").isEnabled()).isFalse();

        _setValue(englishTitle(), "Scoring, revised");
        _setValue(minutes(), 12.0);
        String changed = stored(draft);
        assertThat(storedTree(draft).at("/title/en").asText()).isEqualTo("Scoring, revised");
        assertThat(storedTree(draft).at("/estimatedMinutes").asInt()).isEqualTo(12);

        _click(button("Undo"));
        assertThat(storedTree(draft).has("estimatedMinutes")).isFalse();
        assertThat(storedTree(draft).at("/title/en").asText()).isEqualTo("Scoring, revised");
        _click(button("Undo"));
        assertThat(stored(draft)).isEqualTo(original);
        assertThat(englishTitle().getValue()).isEqualTo("Scoring fixture");
        assertThat(minutes().getValue()).isNull();
        assertThat(button("Undo").isEnabled()).isFalse();

        _click(button("Redo"));
        _click(button("Redo"));
        assertThat(stored(draft)).isEqualTo(changed);
        assertThat(englishTitle().getValue()).isEqualTo("Scoring, revised");
        assertThat(minutes().getValue()).isEqualTo(12.0);
        assertThat(button("Redo").isEnabled()).isFalse();
    }

    @Test
    void a_new_change_after_an_undo_leaves_nothing_to_redo() {
        Draft draft = openCopyOfTheFixture("undo-" + suffix);
        _setValue(englishTitle(), "Scoring, revised");
        _setValue(minutes(), 12.0);
        _click(button("Undo"));
        assertThat(button("Redo").isEnabled()).isTrue();

        _setValue(minutes(), 20.0);

        assertThat(button("Redo").isEnabled()).isFalse();
        assertThat(storedTree(draft).at("/estimatedMinutes").asInt()).isEqualTo(20);
        _click(button("Undo"));
        assertThat(storedTree(draft).has("estimatedMinutes")).isFalse();
        assertThat(storedTree(draft).at("/title/en").asText()).isEqualTo("Scoring, revised");
    }
}
