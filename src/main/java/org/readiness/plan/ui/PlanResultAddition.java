package org.readiness.plan.ui;


import com.vaadin.flow.component.Html;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ui.Markup;
import org.readiness.assessment.ui.ResultAddition;
import org.readiness.base.ui.Languages;
import org.readiness.plan.PlanService;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.words.Words;

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
        // A heading, a line and a link to follow: text the reader does not change, so one element of markup.
        Words words = Words.in(Languages.current());
        Html section = new Markup().open("section", "result-plan").element("h2", null, words.get("plan.result.heading"))
                .element("p", null, words.get("plan.result.text"))
                .element("a", "open-plan", words.get(made ? "plan.result.open" : "plan.result.make"), "href", location)
                .close("section").toComponent();
        return Optional.of(section);
    }
}
