package org.readiness.plan.ui;

import org.jspecify.annotations.Nullable;
import org.readiness.plan.PlanSource;
import org.readiness.plan.Projectable;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/**
 * A plan with what it was made from: the result (one assessment's or a team's), the client's name and every
 * assessment of the client (oldest first: the score trend), the plan before it (for "did it work?") and where its
 * pages live.
 */
record PlanSubject(PlanSource source, @Nullable String clientName, List<PlanSource> history, StoredPlan plan,
                   @Nullable PreviousPlan previous, PlanPlace place) {

    /** The plan before this one, with the result it was made from. */
    record PreviousPlan(StoredPlan plan, PlanSource source) {
    }

    Questionnaire questionnaire() {
        return source.questionnaire();
    }

    Projectable base() {
        return source.base();
    }

    PlanSubject with(StoredPlan changed) {
        return new PlanSubject(source, clientName, history, changed, previous, place);
    }
}
