package org.readiness.plan.ui;

import java.time.LocalDate;

/** Where a plan's pages live: behind the merchant's resume link, or with a consultant's client's assessment. */
sealed interface PlanPlace {

    String planLocation();

    default String checkpointLocation(LocalDate day) {
        return planLocation() + "/checkpoint/" + day;
    }

    /** Whether a consultant looks at it: their client's history, notes and comparisons go with it. */
    boolean consultant();

    record Merchant(String token) implements PlanPlace {
        @Override
        public String planLocation() {
            return "plan/" + token;
        }

        @Override
        public boolean consultant() {
            return false;
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

        String clientLocation() {
            return "consultant/clients/" + clientId;
        }
    }
}
