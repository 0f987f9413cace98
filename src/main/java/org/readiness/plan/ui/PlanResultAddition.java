package org.readiness.plan.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ui.ResultAddition;
import org.readiness.plan.PlanService;
import org.readiness.questionnaire.answer.AnswerScope;

import java.util.Optional;

/**
 * On the result page: the way from the score to the work, the plan made from this result (the merchant's behind their
 * link, a consultant's with the client).
 */
@org.springframework.stereotype.Component
class PlanResultAddition implements ResultAddition {

    private final AssessmentService assessments;
    private final PlanService plans;

    PlanResultAddition(AssessmentService assessments, PlanService plans) {
        this.assessments = assessments;
        this.plans = plans;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long assessmentId, Optional<String> token,
                                                                boolean interview) {
        Optional<OpenAssessment> assessment = assessments.open(assessmentId);
        if (assessment.isEmpty() || !assessment.get().isFinished()
                || !assessment.get().scope().equals(AnswerScope.WHOLE) || !interview && token.isEmpty()
                || interview && assessment.get().clientId() == null) {
            return Optional.empty();
        }
        boolean made = plans.ofAssessment(assessmentId).isPresent();
        String location = interview ? PlanPlace.consultant(assessmentId, assessment.get().clientId()).planLocation()
                : PlanPlace.merchant(token.get()).planLocation();
        Section section = new Section();
        section.addClassName("result-plan");
        Anchor open = new Anchor(location, section.getTranslation(made ? "plan.result.open" : "plan.result.make"));
        open.addClassName("open-plan");
        section.add(new H2(section.getTranslation("plan.result.heading")),
                new Paragraph(section.getTranslation("plan.result.text")), open);
        return Optional.of(section);
    }
}
