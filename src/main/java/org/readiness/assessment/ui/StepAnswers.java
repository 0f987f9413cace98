package org.readiness.assessment.ui;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;

import java.util.Optional;

/**
 * Where a step's form reads the answers it shows: a stored assessment's session ({@link WizardSession}), or answers
 * held only in memory ({@link WizardPreview}).
 */
interface StepAnswers {

    Questionnaire questionnaire();

    Answers answers();

    AnswerScope scope();

    /** A consultant's interview shows talking points and a note field beside each question. */
    default boolean isInterview() {
        return false;
    }

    default String note(String questionId) {
        return "";
    }

    /** What the client's team said about a question, when it disagreed there. */
    default Optional<String> teamPoint(String questionId) {
        return Optional.empty();
    }
}
