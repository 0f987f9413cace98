package org.readiness.plan.ui;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentResult;
import org.readiness.plan.SingleAnswers;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/**
 * A plan with what it was made from: the result, the client's name and every assessment of the client (oldest first:
 * the score trend), the plan before it (for "did it work?") and where its pages live.
 */
record PlanSubject(AssessmentResult result, @Nullable String clientName, List<AssessmentResult> history,
                   StoredPlan plan, @Nullable PreviousPlan previous, PlanPlace place) {

    /** The plan of the assessment before, with that assessment's result. */
    record PreviousPlan(StoredPlan plan, AssessmentResult result) {
    }

    Questionnaire questionnaire() {
        return result.evaluation().questionnaire();
    }

    SingleAnswers base() {
        return new SingleAnswers(questionnaire(), result.assessment().answers(), result.assessment().scope());
    }

    PlanSubject with(StoredPlan changed) {
        return new PlanSubject(result, clientName, history, changed, previous, place);
    }
}
