package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.Languages;
import org.readiness.consultant.ClientTeams;
import org.readiness.team.ui.PresenterPage;
import org.readiness.team.ui.TeamPageParts;

/** The presenter view of a client's team, for the wall screen of the consultant's workshop. */
@Route("consultant/teams/:teamId/present")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ConsultantPresenterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientTeams clientTeams;
    private final TeamPageParts parts;

    ConsultantPresenterView(ClientTeams clientTeams, TeamPageParts parts) {
        this.clientTeams = clientTeams;
        this.parts = parts;
        addClassName("presenter-view");
    }

    static String location(long teamId) {
        return ConsultantTeamView.location(teamId) + "/present";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OwnRecords.find(event, "teamId", clientTeams::team).ifPresent(team ->
                add(new PresenterPage(parts, team, Languages.current())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.present.page-title");
    }
}
