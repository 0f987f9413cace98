package org.readiness.scorecard;

import org.jspecify.annotations.Nullable;
import org.readiness.merge.TeamEvaluation;

import java.time.Instant;

/** Everything a team's score card shows: the merged evaluation, in which language, for whom, made when. */
public record TeamScoreCardInput(TeamEvaluation team, String language, @Nullable String organisation,
                                 Instant generatedAt) {
}
