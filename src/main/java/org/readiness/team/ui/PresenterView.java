package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.Languages;

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
        TeamView.byCoordinatorLink(this, parts, event.getRouteParameters().get("token").orElse(""))
                .ifPresent(team -> add(new PresenterPage(parts, team, Languages.current())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.present.page-title");
    }
}
