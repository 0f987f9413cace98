package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;

/**
 * Opens one of the consultant's client assessments as an interview: the same wizard, with talking points and notes.
 * The service checks that the client is the consultant's; anyone else gets the not-found page.
 */
@Route(value = "consultant/interview/:assessmentId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class InterviewView extends Div implements BeforeEnterObserver {

    private final ClientService clients;

    InterviewView(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OpenAssessment assessment;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("assessmentId").orElse(""));
            assessment = clients.assessment(id);
        } catch (NumberFormatException | NotAllowed notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        WizardSession.openInterview(assessment, assessment.clientId());
        String step = assessment.currentStep() != null
                && assessment.questionnaire().steps().stream().anyMatch(s -> s.id().equals(assessment.currentStep()))
                ? assessment.currentStep() : assessment.questionnaire().steps().get(0).id();
        event.forwardTo(WizardView.class, new RouteParameters("stepId", step));
    }
}
