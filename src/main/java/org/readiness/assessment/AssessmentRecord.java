package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.AnswerScope;

import java.time.Instant;

/** One row of the assessment table. */
record AssessmentRecord(long id, String questionnaireId, String contentHash, String language, AssessmentState state,
                        @Nullable String currentStep, @Nullable String organisation, Instant createdAt,
                        Instant updatedAt, @Nullable Instant finishedAt, @Nullable Long clientId, AnswerScope scope) {
}
