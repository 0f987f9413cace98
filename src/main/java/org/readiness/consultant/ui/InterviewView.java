package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ui.Interview;
import org.readiness.assessment.ui.NoteBeacon;
import org.readiness.assessment.ui.ReturnTo;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientTeams;
import org.readiness.consultant.NotAllowed;
import org.readiness.team.ui.TeamTalkingPoints;

import java.util.Map;

/**
 * Opens one of the consultant's client assessments as an interview: the same wizard, with talking points and notes;
 * a finished one shows its result, read-only. The service checks that the client is the consultant's; anyone else
 * gets the not-found page.
 */
@Route(value = "consultant/interview/:assessmentId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class InterviewView extends Div implements BeforeEnterObserver {

    private final ClientService clients;
    private final ClientInterviews interviews;
    private final ClientTeams teams;

    InterviewView(ClientService clients, ClientInterviews interviews, ClientTeams teams) {
        this.clients = clients;
        this.interviews = interviews;
        this.teams = teams;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("assessmentId").orElse("");
        OpenAssessment assessment;
        Client client;
        try {
            assessment = interviews.assessment(Long.parseLong(id));
            client = clients.get(assessment.clientId());
        } catch (NumberFormatException | NotAllowed notYours) {
            StaleLinks.toClientOrNotFound(event, interviews, id);
            return;
        }
        Map<String, String> teamPoints = teams.latestTeamResult(client.id())
                .map(team -> TeamTalkingPoints.of(this, team, Languages.current())).orElse(Map.of());
        WizardEntry.interview(event, assessment, new Interview(backToClient(client.id()), client.organisation(),
                noteBeacon(assessment.id()), teamPoints));
    }

    static ReturnTo backToClient(long clientId) {
        return new ReturnTo(ClientView.location(clientId), "interview.back-to-client");
    }

    /** Where the page sends a note it could not save before it was left, with this session's CSRF token. */
    private static @Nullable NoteBeacon noteBeacon(long assessmentId) {
        return NoteBeacon.to(InterviewNoteBeacon.location(assessmentId));
    }
}
