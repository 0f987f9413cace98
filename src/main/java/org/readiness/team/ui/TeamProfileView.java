package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.MainLayout;
import org.readiness.team.Team;
import org.readiness.team.TeamService;

import java.util.Optional;

/**
 * The company profile of a team, answered once by its coordinator, who then goes on to the team page; while the team
 * is locked, the team page, where unlocking is.
 */
@Route(value = "team/:token/profile", layout = MainLayout.class)
@AnonymousAllowed
public class TeamProfileView extends Div implements BeforeEnterObserver {

    private final TeamService teams;

    TeamProfileView(TeamService teams) {
        this.teams = teams;
    }

    static String location(String coordinatorToken) {
        return "team/" + coordinatorToken + "/profile";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<Team> team = ResumeToken.parse(token).flatMap(teams::byCoordinatorLink);
        if (team.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (team.get().isLocked()) {
            event.forwardTo(TeamView.location(token));
            return;
        }
        OpenAssessment profile = teams.profileOf(team.get().id());
        WizardEntry.journey(event, profile, null, TeamJourneys.profile(TeamView.location(token)));
    }
}
