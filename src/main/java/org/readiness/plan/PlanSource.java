package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;

import java.time.Instant;

/**
 * A result a plan is made from: one assessment's (a merchant's, an interview's) or a team's. Its evaluation (a
 * team's: merged, with the team's most common answers), the answers a projection lifts ({@code base}), when and for
 * whom it was assessed, and what it belongs to.
 */
public record PlanSource(Evaluation evaluation, Projectable base, Instant assessedAt, @Nullable String organisation,
                         @Nullable Long assessmentId, @Nullable Long teamId, @Nullable Long clientId) {

    public Questionnaire questionnaire() {
        return evaluation.questionnaire();
    }
}
