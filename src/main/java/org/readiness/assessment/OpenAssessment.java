package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Questionnaire;

import java.time.Instant;
import java.util.Map;

/**
 * An assessment as loaded (its {@code scope}: the questions its answers are for, all of them unless it is part of
 * a team): the definition it is answered under, its answers with their revisions, and where the
 * user was. {@code update} says whether resuming moved the draft to a newer version of its questionnaire.
 */
public record OpenAssessment(long id, Questionnaire questionnaire, String language, AssessmentState state,
                             @Nullable String currentStep, @Nullable String organisation, Answers answers,
                             Map<String, Integer> revisions, Instant createdAt, Instant updatedAt,
                             @Nullable Instant finishedAt, @Nullable QuestionnaireUpdate update,
                             @Nullable Long clientId, Map<String, String> notes, AnswerScope scope) {

    public OpenAssessment {
        revisions = Map.copyOf(revisions);
        notes = Map.copyOf(notes);
    }

    /** The assessment as someone other than a consultant sees it: consultants' notes are theirs. */
    public OpenAssessment withoutNotes() {
        return new OpenAssessment(id, questionnaire, language, state, currentStep, organisation, answers, revisions,
                createdAt, updatedAt, finishedAt, update, clientId, Map.of(), scope);
    }

    /** The assessment with another organisation's name, such as one typed but not stored yet. */
    public OpenAssessment withOrganisation(@Nullable String name) {
        return new OpenAssessment(id, questionnaire, language, state, currentStep, name, answers, revisions,
                createdAt, updatedAt, finishedAt, update, clientId, notes, scope);
    }

    public boolean isFinished() {
        return state == AssessmentState.FINISHED;
    }
}
