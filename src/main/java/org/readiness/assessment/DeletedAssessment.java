package org.readiness.assessment;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What is left of a client's assessment after it was deleted: when it was started, attached to the client and
 * deleted, and who deleted it. Nothing of its content stays: no answer, no note, no token.
 */
public record DeletedAssessment(long assessmentId, long clientId, Instant startedAt, @Nullable Instant attachedAt,
                                Instant deletedAt, DeletedBy deletedBy) {

    public enum DeletedBy {
        /** The holder of the resume link, on the result page or through the API. */
        MERCHANT,
        /** The nightly clean-up of drafts untouched for the configured number of days. */
        EXPIRY
    }
}
