package org.readiness.studio;

import org.junit.jupiter.api.Test;
import org.readiness.base.MovableClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Undo and redo of the draft editor: a change in the form and a change typed in the JSON alike. */
class DraftEditorTest {

    private final MovableClock clock = new MovableClock();

    private DraftEditor editorOnTheFixture() throws IOException {
        String content = Files.readString(Path.of("src/test/resources/questionnaires/good/scoring-fixture.json"));
        Instant made = clock.instant();
        TextDates dates = TextDates.allAt(DraftJson.parse(content).orElseThrow(), made);
        return new DraftEditor(new Draft(1, "scoring-fixture", "", content, dates, 1, "author", made, "author", made),
                clock);
    }

    @Test
    void undo_twice_gives_the_document_back_and_redo_gives_the_changes_again() throws IOException {
        DraftEditor editor = editorOnTheFixture();
        String original = editor.text();
        TextDates originalDates = editor.dates();

        clock.advance(Duration.ofMinutes(1));
        // A change in the form (the owner question's points for "yes"), then one typed in the JSON pane.
        assertThat(editor.edit(tree -> TreeEdits.set(tree, "/steps/1/questions/0/points/yes",
                DraftJson.mapper().getNodeFactory().numberNode(6)))).isTrue();
        String afterTheForm = editor.text();
        clock.advance(Duration.ofMinutes(1));
        assertThat(editor.typed(afterTheForm.replace("\"Owner?\"", "\"Who owns it?\""))).isTrue();
        String afterTyping = editor.text();
        TextDates datesAfterTyping = editor.dates();

        editor.undo();
        assertThat(editor.text()).isEqualTo(afterTheForm);
        editor.undo();
        assertThat(editor.text()).isEqualTo(original);
        assertThat(editor.dates()).isEqualTo(originalDates);
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.canRedo()).isTrue();

        editor.redo();
        assertThat(editor.text()).isEqualTo(afterTheForm);
        assertThat(editor.tree().at("/steps/1/questions/0/points/yes").asInt()).isEqualTo(6);
        editor.redo();
        assertThat(editor.text()).isEqualTo(afterTyping);
        assertThat(editor.dates()).isEqualTo(datesAfterTyping);
        assertThat(editor.dates().of("questions/owner/text", "en")).contains(clock.instant());
        assertThat(editor.canRedo()).isFalse();
    }

    @Test
    void a_new_change_after_an_undo_drops_the_redo() throws IOException {
        DraftEditor editor = editorOnTheFixture();
        editor.edit(tree -> tree.put("estimatedMinutes", 5));
        String afterFirst = editor.text();
        editor.edit(tree -> tree.put("estimatedMinutes", 9));
        editor.undo();
        assertThat(editor.canRedo()).isTrue();

        editor.edit(tree -> tree.put("estimatedMinutes", 12));
        String afterNew = editor.text();

        assertThat(editor.canRedo()).isFalse();
        editor.redo();
        assertThat(editor.text()).isEqualTo(afterNew);
        editor.undo();
        assertThat(editor.text()).isEqualTo(afterFirst);
    }

    @Test
    void undoing_a_change_that_broke_the_file_brings_back_a_file_without_problems() throws IOException {
        DraftEditor editor = editorOnTheFixture();
        assertThat(editor.problems()).isEmpty();
        editor.typed(editor.text().replace("\"type\": \"yes-no\"", "\"type\": \"maybe\""));
        assertThat(editor.problems()).isNotEmpty();
        assertThat(editor.questionnaire()).isNull();

        editor.undo();

        assertThat(editor.problems()).isEmpty();
        assertThat(editor.questionnaire()).isNotNull();
    }
}
