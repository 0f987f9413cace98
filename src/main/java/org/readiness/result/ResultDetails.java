package org.readiness.result;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a result is told besides the answers: for whom (the organisation), the consultant's notes where a consultant
 * asked for them, when the assessment was made and changed, when the result is made, and in which time zone its
 * times are printed.
 */
public record ResultDetails(@Nullable String organisation, Map<String, String> notes, @Nullable Instant createdAt,
                            @Nullable Instant updatedAt, Instant generatedAt, ZoneId zone) {

    public ResultDetails {
        notes = Map.copyOf(notes);
    }

    /** Answers never stored (the stateless API, a preview): no notes, no dates but now. */
    public static ResultDetails unstored(@Nullable String organisation, Instant now, ZoneId zone) {
        return new ResultDetails(organisation, Map.of(), null, null, now, zone);
    }
}
