package org.readiness.scorecard;

import org.jspecify.annotations.Nullable;
import org.readiness.recommendation.Evaluation;

import java.time.Instant;
import java.util.Map;

/** Everything a score card shows: the evaluation, in which language, for whom, with which notes, made when. */
public record ScoreCardInput(Evaluation evaluation, String language, @Nullable String organisation,
                             Map<String, String> notes, @Nullable Instant createdAt, @Nullable Instant updatedAt,
                             Instant generatedAt) {

    public ScoreCardInput {
        notes = Map.copyOf(notes);
    }
}
