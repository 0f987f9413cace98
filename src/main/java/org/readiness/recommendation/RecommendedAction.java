package org.readiness.recommendation;

import org.readiness.questionnaire.Action;

import java.util.List;

/**
 * A next step with the answers that triggered it and how many points of the overall score it would win back.
 */
public record RecommendedAction(Action action, double pointsWonBack, List<Trigger> triggers) {

    public RecommendedAction {
        triggers = List.copyOf(triggers);
    }
}
