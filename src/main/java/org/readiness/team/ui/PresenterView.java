package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.ResumeToken;
import org.readiness.base.ui.Languages;
import org.readiness.team.Team;

import java.util.Optional;

/** The presenter view of a coordinator's team, for the wall screen: full screen, without the app's header. */
@Route("team/:token/present")
@AnonymousAllowed
public class PresenterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamPageParts parts;

    PresenterView(TeamPageParts parts) {
        this.parts = parts;
        addClassName("presenter-view");
    }

    static String location(String coordinatorToken) {
        return "team/" + coordinatorToken + "/present";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<Team> team = ResumeToken.parse(token).flatMap(parts.teams()::byCoordinatorLink);
        if (team.isEmpty()) {
            add(new H1(getTranslation("team.unknown.heading")), new Paragraph(getTranslation("team.unknown.text")));
            return;
        }
        add(new PresenterPage(parts, team.get(), Languages.current()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.present.page-title");
    }
}
