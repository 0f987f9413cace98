package org.readiness.plan.ui;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Where a plan's pages live: behind the merchant's resume link or the team coordinator's link, or with a consultant's
 * client's assessment or team.
 */
sealed interface PlanPlace {

    String planLocation();

    default String checkpointLocation(LocalDate day) {
        return planLocation() + "/checkpoint/" + day;
    }

    /** Whether a consultant looks at it: their client's history, notes and comparisons go with it. */
    boolean consultant();

    /** Where the page's way back leads. */
    String backLocation();

    /** Where a checkpoint page sends notes it could not save before it was left; none where there is no such address. */
    @Nullable String beaconLocation(LocalDate day);

    record Merchant(String token) implements PlanPlace {
        @Override
        public String planLocation() {
            return "plan/" + token;
        }

        @Override
        public boolean consultant() {
            return false;
        }

        @Override
        public String backLocation() {
            return "resume/" + token;
        }

        @Override
        public String beaconLocation(LocalDate day) {
            return "plans/" + token + "/checkpoints/" + day + "/notes";
        }
    }

    record Consultant(long assessmentId, long clientId) implements PlanPlace {
        @Override
        public String planLocation() {
            return "consultant/plan/" + assessmentId;
        }

        @Override
        public boolean consultant() {
            return true;
        }

        @Override
        public String backLocation() {
            return "consultant/clients/" + clientId;
        }

        @Override
        public String beaconLocation(LocalDate day) {
            return "consultant/plans/" + assessmentId + "/checkpoints/" + day + "/notes";
        }
    }

    record Coordinator(String token) implements PlanPlace {
        @Override
        public String planLocation() {
            return "team/" + token + "/plan";
        }

        @Override
        public boolean consultant() {
            return false;
        }

        @Override
        public String backLocation() {
            return "team/" + token;
        }

        @Override
        public @Nullable String beaconLocation(LocalDate day) {
            return null;
        }
    }

    record ConsultantTeam(long teamId, long clientId) implements PlanPlace {
        @Override
        public String planLocation() {
            return "consultant/team-plan/" + teamId;
        }

        @Override
        public boolean consultant() {
            return true;
        }

        @Override
        public String backLocation() {
            return "consultant/clients/" + clientId;
        }

        @Override
        public @Nullable String beaconLocation(LocalDate day) {
            return null;
        }
    }
}
