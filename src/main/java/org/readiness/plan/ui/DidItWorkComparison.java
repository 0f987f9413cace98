package org.readiness.plan.ui;

import com.vaadin.flow.component.Component;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ui.ComparisonAddition;
import org.readiness.plan.PlanService;

import java.util.Optional;

/** In the comparison of two assessments: whether the actions done in the earlier one's plan moved their answers. */
@org.springframework.stereotype.Component
class DidItWorkComparison implements ComparisonAddition {

    private final ClientInterviews clients;
    private final PlanService plans;

    DidItWorkComparison(ClientInterviews clients, PlanService plans) {
        this.clients = clients;
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(long beforeAssessmentId, long afterAssessmentId) {
        return plans.ofAssessment(beforeAssessmentId).map(plan -> new DidItWorkPanel(
                new PlanSubject.PreviousPlan(plan, PlanService.source(clients.result(beforeAssessmentId))),
                PlanService.source(clients.result(afterAssessmentId))));
    }
}
