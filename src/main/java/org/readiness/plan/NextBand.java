package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Band;
import org.readiness.scoring.Score;

import java.util.List;

/**
 * The band above today's (overall, or of one area) and the cheapest way there: the actions of least total effort
 * whose projection reaches it, with that projection; {@code actions} is null when no set of actions reaches it.
 */
public record NextBand(@Nullable String areaId, Band band, @Nullable List<Action> actions, int effort,
                       @Nullable Score projected) {

    public NextBand {
        actions = actions == null ? null : List.copyOf(actions);
    }

    public boolean reachable() {
        return actions != null;
    }
}
