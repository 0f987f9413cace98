package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ui.ReturnTo;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;
import org.readiness.team.ui.TeamTalkingPoints;

import java.util.Map;

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
        String id = event.getRouteParameters().get("assessmentId").orElse("");
        OpenAssessment assessment;
        try {
            assessment = clients.assessment(Long.parseLong(id));
        } catch (NumberFormatException | NotAllowed notYours) {
            StaleLinks.toClientOrNotFound(event, clients, id);
            return;
        }
        Map<String, String> teamPoints = clients.latestTeamResult(assessment.clientId())
                .map(team -> TeamTalkingPoints.of(this, team, Languages.current())).orElse(Map.of());
        WizardEntry.interview(event, assessment, backToClient(assessment.clientId()), teamPoints);
    }

    static ReturnTo backToClient(long clientId) {
        return new ReturnTo(ClientView.location(clientId), "interview.back-to-client");
    }
}
