package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientTeams;
import org.readiness.team.Team;
import org.readiness.team.ui.TeamPage;
import org.readiness.team.ui.TeamPageAddition;
import org.readiness.team.ui.TeamPageParts;

import java.util.List;

/** A client's team assessment, for the consultant: the team page, with re-assessing and comparing. */
@Route(value = "consultant/teams/:teamId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ConsultantTeamView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientTeams clientTeams;
    private final ClientService clients;
    private final TeamPageParts parts;
    private final AuthenticationContext authentication;
    private final List<TeamPageAddition> additions;

    ConsultantTeamView(ClientTeams clientTeams, ClientService clients, TeamPageParts parts,
                       AuthenticationContext authentication, List<TeamPageAddition> additions) {
        this.clientTeams = clientTeams;
        this.clients = clients;
        this.parts = parts;
        this.authentication = authentication;
        this.additions = additions;
        addClassName("team-view");
    }

    static String location(long teamId) {
        return "consultant/teams/" + teamId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OwnRecords.find(event, "teamId", clientTeams::team).ifPresent(this::render);
    }

    private void render(Team team) {
        Anchor back = new Anchor(ClientView.location(team.clientId()), getTranslation("interview.back-to-client"));
        back.addClassName("back-to-client");
        Div toolbar = new Div(back);
        toolbar.addClassName("toolbar");
        // Re-assessing invites the same people again: only once someone was invited.
        if (!parts.teams().overview(team.id()).members().isEmpty()) {
            toolbar.add(new Button(getTranslation("team.reassess"), click -> {
                var again = clientTeams.reassess(team.id(), Languages.current());
                getUI().ifPresent(ui -> ui.navigate(location(again.team().team().id())));
            }));
        }
        if (team.previousTeamId() != null) {
            toolbar.add(new Anchor(ComparisonView.teamsLocation(team.previousTeamId(), team.id()),
                    getTranslation("team.compare-with-previous")));
        }
        add(new ConsultantBar(authentication), toolbar, new TeamPage(parts, team,
                new TeamPage.Access(null, ConsultantTeamProfileView.location(team.id()),
                        ConsultantPresenterView.location(team.id()), clients.get(team.clientId()).organisation()),
                Languages.current()));
        additions.forEach(addition -> addition.create(team, null).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.page-title");
    }
}
