package org.readiness.plan.ui;

import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;
import org.readiness.plan.PlanService;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.answer.AnswerScope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may open which plan: the holder of a finished assessment's resume link its own plan; a consultant the plans of
 * their clients' finished assessments (the client service checks). Opening a result's plan makes it the first time.
 */
@Component
class PlanAccess {

    private final AssessmentResults results;
    private final ClientService clients;
    private final PlanService plans;

    PlanAccess(AssessmentResults results, ClientService clients, PlanService plans) {
        this.results = results;
        this.clients = clients;
        this.plans = plans;
    }

    Optional<PlanSubject> merchant(String token, String language) {
        Optional<AssessmentResult> found = ResumeToken.parse(token).flatMap(results::of)
                .filter(result -> result.assessment().isFinished()
                        && result.assessment().scope().equals(AnswerScope.WHOLE));
        return found.map(result -> new PlanSubject(result, null, List.of(result),
                plans.planFor(result, language), null, new PlanPlace.Merchant(token)));
    }

    /** Empty for an assessment that is not the consultant's, or not finished. */
    Optional<PlanSubject> consultant(long assessmentId, String language) {
        AssessmentResult result;
        try {
            result = clients.result(assessmentId);
        } catch (NotAllowed notYours) {
            return Optional.empty();
        }
        if (!result.assessment().isFinished() || result.assessment().clientId() == null) {
            return Optional.empty();
        }
        long clientId = result.assessment().clientId();
        List<AssessmentResult> history = clients.assessments(clientId).stream()
                .filter(each -> each.assessment().isFinished()).toList();
        StoredPlan plan = plans.planFor(result, language);
        PlanSubject.PreviousPlan previous = plan.previousPlanId() == null ? null
                : plans.find(plan.previousPlanId()).filter(before -> before.assessmentId() != null)
                .map(before -> new PlanSubject.PreviousPlan(before, clients.result(before.assessmentId())))
                .orElse(null);
        return Optional.of(new PlanSubject(result, clients.get(clientId).organisation(), history, plan, previous,
                new PlanPlace.Consultant(assessmentId, clientId)));
    }

    StoredPlan reload(PlanSubject subject) {
        return plans.find(subject.plan().id()).orElseThrow();
    }
}
