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
import org.readiness.base.ui.MainLayout;
import org.readiness.team.Team;

import java.util.List;
import java.util.Optional;

/**
 * The coordinator's team page, reached by their own link: who takes part, the invitations and the room's join link,
 * and the team's result so far, which updates by itself while people answer.
 */
@Route(value = "team/:token", layout = MainLayout.class)
@AnonymousAllowed
public class TeamView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamPageParts parts;
    private final List<TeamPageAddition> additions;

    TeamView(TeamPageParts parts, List<TeamPageAddition> additions) {
        this.parts = parts;
        this.additions = additions;
        addClassName("team-view");
    }

    static String location(String coordinatorToken) {
        return "team/" + coordinatorToken;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<Team> team = byCoordinatorLink(this, parts, token);
        if (team.isEmpty()) {
            addClassName("message-page");
            return;
        }
        add(new TeamPage(parts, team.get(), new TeamPage.Access(location(token), TeamProfileView.location(token),
                PresenterView.location(token), null), Languages.current()));
        additions.forEach(addition -> addition.create(team.get(), token).ifPresent(this::add));
    }

    /** The team behind a coordinator's link; the page says so when there is none. */
    static Optional<Team> byCoordinatorLink(Div page, TeamPageParts parts, String token) {
        Optional<Team> team = ResumeToken.parse(token).flatMap(parts.teams()::byCoordinatorLink);
        if (team.isEmpty()) {
            page.add(new H1(page.getTranslation("team.unknown.heading")),
                    new Paragraph(page.getTranslation("team.unknown.text")));
        }
        return team;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.page-title");
    }
}
