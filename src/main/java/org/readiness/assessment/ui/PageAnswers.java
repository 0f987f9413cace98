package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.SaveResult;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers and notes of an assessment as the page shows them, those among them not stored yet (in the order
 * given), and the revisions last seen: what the page has, and the queue that saves it.
 */
final class PageAnswers {

    /** What the service said to one queued answer or note that the page has to show: all but a plain "saved". */
    record Reply(String questionId, boolean note, SaveResult result) {
    }

    private final long assessmentId;
    /** The answers as the page shows them; {@link #stored} as the database has them, as far as the page knows. */
    private Answers answers;
    private Answers stored;
    private final Map<String, Integer> revisions;
    /** Answers (or clearings: empty) given but not stored yet, in the order given. */
    private final Map<String, Optional<Answer>> pending = new LinkedHashMap<>();
    /** The notes as the page shows them; {@link #pendingNotes} holds those written but not stored yet. */
    private final Map<String, String> notes;
    private final Map<String, String> pendingNotes = new LinkedHashMap<>();

    PageAnswers(OpenAssessment assessment, boolean withNotes) {
        this.assessmentId = assessment.id();
        this.answers = assessment.answers();
        this.stored = assessment.answers();
        this.revisions = new HashMap<>(assessment.revisions());
        this.notes = new HashMap<>(withNotes ? assessment.notes() : Map.of());
    }

    Answers answers() {
        return answers;
    }

    boolean hasPending() {
        return !pending.isEmpty() || !pendingNotes.isEmpty();
    }

    /** Takes the user's answer at once (the page shows it) and queues it for saving. */
    void answer(String questionId, @Nullable Answer answer) {
        answers = set(answers, questionId, answer);
        pending.remove(questionId);
        pending.put(questionId, Optional.ofNullable(answer));
    }

    /** The note on a question as the page shows it: the last one written, whether stored yet or not. */
    String note(String questionId) {
        return pendingNotes.getOrDefault(questionId, notes.getOrDefault(questionId, ""));
    }

    /** Takes a consultant's note at once and queues it for saving, as {@link #answer} does with answers. */
    void writeNote(String questionId, String note) {
        pendingNotes.remove(questionId);
        pendingNotes.put(questionId, note);
    }

    /** Takes the notes as stored now (another request, such as the page's last beacon, may have stored one). */
    void refreshNotes(Map<String, String> stored) {
        notes.clear();
        notes.putAll(stored);
    }

    /**
     * Saves what is queued, answers, then notes. Stops at the first failure (the last reply) and keeps the rest for
     * the next try; a deleted assessment ends the queue.
     */
    List<Reply> save(AnswerService service) {
        List<Reply> replies = new ArrayList<>();
        for (var entry : new LinkedHashMap<>(pending).entrySet()) {
            String questionId = entry.getKey();
            int revision = revisions.getOrDefault(questionId, 0);
            SaveResult result = entry.getValue().isPresent()
                    ? service.save(assessmentId, questionId, entry.getValue().get(), revision)
                    : service.clear(assessmentId, questionId, revision);
            if (!took(questionId, result, replies)) {
                return replies;
            }
        }
        for (var entry : new LinkedHashMap<>(pendingNotes).entrySet()) {
            SaveResult result = service.saveNote(assessmentId, entry.getKey(), entry.getValue());
            if (!tookNote(entry.getKey(), entry.getValue(), result, replies)) {
                return replies;
            }
        }
        return replies;
    }

    /** Whether the queue goes on after this answer's result. */
    private boolean took(String questionId, SaveResult result, List<Reply> replies) {
        if (result instanceof SaveResult.Failed) {
            replies.add(new Reply(questionId, false, result));
            return false;
        }
        pending.remove(questionId);
        if (result instanceof SaveResult.Saved saved) {
            revisions.put(questionId, saved.revision());
            stored = set(stored, questionId, saved.stored());
            answers = set(answers, questionId, saved.stored());
        } else if (result instanceof SaveResult.Conflict conflict) {
            revisions.put(questionId, conflict.revision());
            stored = set(stored, questionId, conflict.current());
            answers = set(answers, questionId, conflict.current());
        } else if (result instanceof SaveResult.Refused) {
            answers = set(answers, questionId, stored.get(questionId).orElse(null));
        }
        return told(questionId, false, result, replies);
    }

    private boolean tookNote(String questionId, String note, SaveResult result, List<Reply> replies) {
        if (!(result instanceof SaveResult.Failed)) {
            pendingNotes.remove(questionId);
        }
        if (result instanceof SaveResult.Saved) {
            notes.put(questionId, note);
        }
        return told(questionId, true, result, replies);
    }

    private boolean told(String questionId, boolean note, SaveResult result, List<Reply> replies) {
        if (!(result instanceof SaveResult.Saved)) {
            replies.add(new Reply(questionId, note, result));
        }
        if (result instanceof SaveResult.Gone) {
            pending.clear();
            pendingNotes.clear();
        }
        return !(result instanceof SaveResult.Failed || result instanceof SaveResult.Gone);
    }

    private static Answers set(Answers answers, String questionId, @Nullable Answer answer) {
        return answer == null ? answers.without(questionId) : answers.with(questionId, answer);
    }
}
