package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerProblem;

/** What became of an answer the user gave. Saving never throws: the page decides what to tell the user. */
public sealed interface SaveResult {

    /**
     * Stored; the page keeps the revision for its next save of the same question and shows the answer as stored
     * ({@code stored} is null for a cleared answer and for a note).
     */
    record Saved(int revision, @Nullable Answer stored) implements SaveResult {
    }

    /** Another tab answered the same question first; nothing was overwritten. {@code current} is null when cleared. */
    record Conflict(@Nullable Answer current, int revision) implements SaveResult {
    }

    /** The answer does not fit the question, or the database refused it: trying again would not help. */
    record Refused(AnswerProblem problem) implements SaveResult {
    }

    /** The database could not be reached: the page keeps the answer and tries again. */
    record Failed() implements SaveResult {
    }

    /** The assessment was deleted meanwhile. */
    record Gone() implements SaveResult {
    }
}
