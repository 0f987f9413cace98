package org.readiness.studio;

import java.util.List;

/** What became of a draft's save. */
public sealed interface SaveResult {

    /** Stored as the new revision. */
    record Saved(Draft draft) implements SaveResult {
    }

    /**
     * Refused: someone saved the draft since the revision this save was based on. Nothing was overwritten;
     * {@code changes} says what they changed, {@code current} is the draft as they left it.
     */
    record Stale(Draft current, List<JsonDiff.Change> changes) implements SaveResult {
    }

    /** Refused: the text is more than a questionnaire may be. */
    record TooLarge(int limit) implements SaveResult {
    }

    /** The draft was deleted meanwhile. */
    record Gone() implements SaveResult {
    }
}
