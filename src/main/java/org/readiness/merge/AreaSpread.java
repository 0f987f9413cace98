package org.readiness.merge;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * One area in a team: the team's score, each respondent's own score (null where the area gave them nothing to
 * score), and the lowest and highest of those, the spread the chart shades.
 */
public record AreaSpread(String areaId, @Nullable Integer team, Map<String, Integer> byRespondent,
                         @Nullable Integer lowest, @Nullable Integer highest) {

    public AreaSpread {
        byRespondent = Map.copyOf(byRespondent);
    }
}
