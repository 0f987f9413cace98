package org.readiness.recommendation;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;

/** An answer that made an action's condition hold; no answer when the condition asked for a missing one. */
public record Trigger(String questionId, @Nullable Answer answer) {
}
