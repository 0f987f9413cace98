package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;

/**
 * What another feature tells the wizard about a consultant's interview: the way back, the client's name (shown on the
 * interview and result pages) and where the page sends notes it could not save before it was left.
 */
public record Interview(ReturnTo returnTo, @Nullable String clientName, @Nullable NoteBeacon noteBeacon) {

    public Interview(ReturnTo returnTo) {
        this(returnTo, null, null);
    }
}
