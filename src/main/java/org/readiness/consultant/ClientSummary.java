package org.readiness.consultant;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/** A client in the consultant's list: its latest assessment's scores, when it was, and how many there are. */
public record ClientSummary(Client client, @Nullable Integer latestScore, Map<String, Integer> latestAreaScores,
                            @Nullable Instant lastAssessed, int assessments) {

    public ClientSummary {
        latestAreaScores = Map.copyOf(latestAreaScores);
    }
}
