package org.readiness.plan.ui;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Where a plan's pages live: behind the merchant's resume link or the team coordinator's link, or with a consultant's
 * client's assessment or team. {@code planLocation} is the plan's page, {@code backLocation} where its way back leads,
 * {@code consultant} whether a consultant looks at it, and {@code beaconBase} where a checkpoint page sends notes it
 * could not save before it was left (none where there is no such address).
 */
record PlanPlace(String planLocation, String backLocation, boolean consultant, @Nullable String beaconBase) {

    static PlanPlace merchant(String token) {
        return new PlanPlace("plan/" + token, "resume/" + token, false, "plans/" + token);
    }

    static PlanPlace consultant(long assessmentId, long clientId) {
        return new PlanPlace("consultant/plan/" + assessmentId, clientLocation(clientId), true,
                "consultant/plans/" + assessmentId);
    }

    static PlanPlace coordinator(String token) {
        return new PlanPlace("team/" + token + "/plan", "team/" + token, false, null);
    }

    static PlanPlace consultantTeam(long teamId, long clientId) {
        return new PlanPlace("consultant/team-plan/" + teamId, clientLocation(clientId), true, null);
    }

    private static String clientLocation(long clientId) {
        return "consultant/clients/" + clientId;
    }

    String checkpointLocation(LocalDate day) {
        return planLocation + "/checkpoint/" + day;
    }

    /** Behind a merchant's resume link: they take the assessment again themselves. */
    boolean merchant() {
        return planLocation.startsWith("plan/");
    }

    @Nullable String beaconLocation(LocalDate day) {
        return beaconBase == null ? null : beaconBase + "/checkpoints/" + day + "/notes";
    }
}
