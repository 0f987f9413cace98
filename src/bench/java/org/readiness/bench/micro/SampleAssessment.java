package org.readiness.bench.micro;

import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/** A mid-sized B2B company's complete answers to the bundled questionnaire: every area scored, notes, actions. */
public final class SampleAssessment {

    private SampleAssessment() {
    }

    public static Questionnaire questionnaire() {
        return Fixtures.commerceStakeholders();
    }

    public static Answers answers() {
        return Fixtures.answers(
                "company-size", "251-1000", "business-model", "both", "digital-team-size", "16-50",
                "main-goal", "Open a B2B portal for our 400 resellers before spring.",
                "experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions", "order-updates"),
                "customer-needs", 4, "sales-manager-involved", "occasionally", "customer-service-involved", "no",
                "platforms", List.of("oms", "erp"), "it-from-day-one", "later", "technology-owner", "yes",
                "erp-technicians", "partner", "back-office-readiness", "being-prepared", "integration-plan", "no",
                "executive-sponsor", "yes", "c-suite-backing", "several", "checkpoint-meetings", "ad-hoc",
                "budget-approved", "approved", "leadership-priority", 4);
    }
}
