package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What another feature tells the wizard about a consultant's interview: the way back, the client's name (shown on the
 * interview and result pages), where the page sends notes it could not save before it was left, and what the
 * client's team said about some questions (by question id, in the page's language), shown beside them as extra
 * talking points.
 */
public record Interview(ReturnTo returnTo, @Nullable String clientName, @Nullable NoteBeacon noteBeacon,
                        Map<String, String> teamPoints) {

    public Interview {
        teamPoints = Map.copyOf(teamPoints);
    }

    public Interview(ReturnTo returnTo) {
        this(returnTo, null, null, Map.of());
    }
}
