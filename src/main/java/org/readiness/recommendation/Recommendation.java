package org.readiness.recommendation;

import org.readiness.questionnaire.LocalizedText;
import org.readiness.questionnaire.Structure;

import java.util.List;

/** The structure to organise by, why, who should own each area and what to do next (most valuable first). */
public record Recommendation(Structure structure, LocalizedText reason, List<AreaOwners> owners,
                             List<RecommendedAction> actions) {

    public Recommendation {
        owners = List.copyOf(owners);
        actions = List.copyOf(actions);
    }
}
