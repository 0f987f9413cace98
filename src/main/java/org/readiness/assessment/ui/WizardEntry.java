package org.readiness.assessment.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.OpenAssessment;
import org.readiness.questionnaire.Step;

import java.util.List;

/** How another feature opens the wizard: a consultant's interview on a stored assessment, with a way back. */
public final class WizardEntry {

    private WizardEntry() {
    }

    /**
     * Opens the assessment for someone answering on another feature's terms, such as a team's respondent, at the
     * step where they left off; {@code token} is their personal link's, if the journey shows it.
     */
    public static void journey(BeforeEnterEvent event, OpenAssessment assessment, @Nullable String token,
                               Journey journey) {
        WizardSession session = WizardSession.openJourney(assessment, token, journey);
        String stepId = session.steps().stream().map(Step::id).filter(id -> id.equals(assessment.currentStep()))
                .findFirst().orElse(session.steps().get(0).id());
        event.forwardTo(WizardView.class, new RouteParameters("stepId", stepId));
    }

    /** Opens the assessment as an interview at the step where it was left; the caller has checked access. */
    public static void interview(BeforeEnterEvent event, OpenAssessment assessment, ReturnTo returnTo) {
        interview(event, assessment, new Interview(returnTo));
    }

    /**
     * Opens the assessment as an interview at the step where it was left, or, when it is finished, its result
     * read-only: a finished interview is history, changed only by starting a new one from it. The caller has checked
     * access.
     */
    public static void interview(BeforeEnterEvent event, OpenAssessment assessment, Interview interview) {
        WizardSession session = WizardSession.openInterview(assessment, interview);
        if (session.isReadOnly()) {
            event.forwardTo(ResultView.class);
        } else {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", stepToResume(assessment)));
        }
    }

    /** The step to continue at: where the assessment was left, or the first. */
    static String stepToResume(OpenAssessment assessment) {
        List<Step> steps = assessment.questionnaire().steps();
        return steps.stream().map(Step::id).filter(id -> id.equals(assessment.currentStep())).findFirst()
                .orElse(steps.get(0).id());
    }
}
