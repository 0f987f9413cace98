package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientTeams;
import org.readiness.consultant.NotAllowed;
import org.readiness.result.Comparison;

import java.util.List;
import java.util.Optional;

/**
 * Two results of a client side by side: two assessments, or a team then and now. Scores with the change, the
 * structure then and now, the answers that changed, the next steps done, new and still open, and for a team the
 * disagreements settled, new and still open.
 */
@Route(value = "consultant/compare/:before/:after", layout = MainLayout.class)
@RouteAlias(value = "consultant/teams/compare/:before/:after", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAMS = "consultant/teams/compare/";

    private final ClientInterviews interviews;
    private final ClientTeams teams;
    private final AuthenticationContext authentication;
    private final List<ComparisonAddition> additions;
    private boolean ofTeams;

    ComparisonView(ClientInterviews interviews, ClientTeams teams, AuthenticationContext authentication,
                   List<ComparisonAddition> additions) {
        this.interviews = interviews;
        this.teams = teams;
        this.authentication = authentication;
        this.additions = additions;
        addClassName("comparison-view");
    }

    static String teamsLocation(long before, long after) {
        return TEAMS + before + "/" + after;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ofTeams = event.getLocation().getPath().startsWith(TEAMS);
        String before = event.getRouteParameters().get("before").orElse("");
        String after = event.getRouteParameters().get("after").orElse("");
        String language = Languages.current();
        Optional<Comparison> comparison;
        long clientId;
        try {
            long beforeId = Long.parseLong(before);
            long afterId = Long.parseLong(after);
            clientId = ofTeams ? teams.team(afterId).clientId() : interviews.assessment(afterId).clientId();
            comparison = ofTeams ? teams.compare(beforeId, afterId, language)
                    : Optional.of(interviews.compare(beforeId, afterId, language));
        } catch (NumberFormatException | NotAllowed notYours) {
            if (ofTeams) {
                event.rerouteToError(NotFoundException.class);
            } else {
                StaleLinks.toClientOrNotFound(event, interviews, before, after);
            }
            return;
        }
        Anchor back = new Anchor(ClientView.location(clientId), getTranslation("interview.back-to-client"));
        back.addClassName("back-to-client");
        add(new ConsultantBar(authentication), back,
                new H1(getTranslation(ofTeams ? "team.compare.heading" : "compare.heading")));
        comparison.ifPresentOrElse(shown -> add(ComparisonMarkup.of(shown)), () -> add(new Paragraph(getTranslation("team.compare.not-yet"))));
        if (!ofTeams) {
            long beforeId = Long.parseLong(before);
            long afterId = Long.parseLong(after);
            additions.forEach(addition -> addition.create(beforeId, afterId).ifPresent(this::add));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(ofTeams ? "team.compare.page-title" : "compare.page-title");
    }
}
