package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.readiness.studio.lint.LintFinding;
import org.readiness.studio.lint.LintInput;
import org.readiness.studio.lint.Linter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One author's editing of a draft: the text as it stands, its tree when it is JSON, when each text last changed,
 * undo and redo of every change, and the problems {@code --validate} finds in it (the same reader, run at each
 * change). The caller saves each change through {@link DraftService}.
 */
public final class DraftEditor {

    private static final int UNDO_DEPTH = 200;

    private final Clock clock;
    private final QuestionnaireReader reader = new QuestionnaireReader();
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private State state;
    private QuestionnaireReader.Result checked;
    /** The draft as last saved: the revision the next save is based on, and its text. */
    private Draft saved;

    private record State(String text, TextDates dates) {
    }

    public DraftEditor(Draft draft, Clock clock) {
        this.clock = clock;
        this.saved = draft;
        this.state = new State(draft.content(), draft.textDates());
        check();
    }

    public String text() {
        return state.text();
    }

    public TextDates dates() {
        return state.dates();
    }

    /** The document, when the text is JSON with an object at its top; a copy the caller may read. */
    public @Nullable ObjectNode tree() {
        return DraftJson.parse(state.text()).orElse(null);
    }

    /** The questionnaire, when the text passes every check. */
    public @Nullable Questionnaire questionnaire() {
        return checked.questionnaire();
    }

    /** What {@code --validate} says about the text, each problem with its pointer, line and column. */
    public List<FileProblem> problems() {
        return checked.problems();
    }

    /** What the linter finds in the text, once it passes every check (before that, the problems come first). */
    public List<LintFinding> findings() {
        if (checked.questionnaire() == null) {
            return List.of();
        }
        ObjectNode tree = tree();
        TextDates dates = state.dates();
        return Linter.run(new LintInput(checked.questionnaire(), tree, dates::of));
    }

    /** Text typed in the code editor, kept as typed. Returns false when it is the text already there. */
    public boolean typed(String text) {
        if (text.equals(state.text())) {
            return false;
        }
        apply(text);
        return true;
    }

    /** A change made in the form: applied to the tree, and the whole file written anew. */
    public boolean edit(Consumer<ObjectNode> change) {
        ObjectNode tree = tree();
        if (tree == null) {
            return false;
        }
        change.accept(tree);
        return typed(DraftJson.write(tree));
    }

    private void apply(String text) {
        JsonNode before = DraftJson.parse(state.text()).orElse(null);
        JsonNode after = DraftJson.parse(text).orElse(null);
        push(undo, state);
        redo.clear();
        state = new State(text, state.dates().changed(before, after, clock.instant()));
        check();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            push(redo, state);
            state = undo.pop();
            check();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            push(undo, state);
            state = redo.pop();
            check();
        }
    }

    private static void push(Deque<State> stack, State entry) {
        stack.push(entry);
        while (stack.size() > UNDO_DEPTH) {
            stack.removeLast();
        }
    }

    private void check() {
        checked = reader.read(saved.questionnaireId() + ".json", state.text().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the text differs from what was last saved. */
    public boolean isUnsaved() {
        return !state.text().equals(saved.content()) || !state.dates().equals(saved.textDates());
    }

    public Draft saved() {
        return saved;
    }

    /** Saves the text as it stands; a stale save leaves the text here, unsaved, and nothing stored is touched. */
    public SaveResult save(DraftService drafts) {
        SaveResult result = drafts.save(saved.id(), saved.revision(), saved.content(), state.text(), state.dates());
        if (result instanceof SaveResult.Saved done) {
            saved = done.draft();
        }
        return result;
    }

    /** Takes the draft as someone else saved it, dropping this editor's unsaved text (after a stale save). */
    public void reload(Draft current) {
        push(undo, state);
        saved = current;
        state = new State(current.content(), current.textDates());
        check();
    }

    /** The draft as published (its version set), saved by the publish. */
    public void published(Draft draft) {
        reload(draft);
    }
}
