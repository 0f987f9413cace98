package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientTeams;
import org.readiness.team.TeamService;
import org.readiness.team.ui.TeamJourneys;

/** The company profile of a client's team, answered by the consultant, back to the team page when done. */
@Route(value = "consultant/teams/:teamId/profile", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ConsultantTeamProfileView extends Div implements BeforeEnterObserver {

    private final ClientTeams clientTeams;
    private final TeamService teams;

    ConsultantTeamProfileView(ClientTeams clientTeams, TeamService teams) {
        this.clientTeams = clientTeams;
        this.teams = teams;
    }

    static String location(long teamId) {
        return ConsultantTeamView.location(teamId) + "/profile";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnRecords.find(event, "teamId", clientTeams::team).ifPresent(team -> WizardEntry.journey(event,
                teams.profileOf(team.id()), null, TeamJourneys.profile(ConsultantTeamView.location(team.id()))));
    }
}
