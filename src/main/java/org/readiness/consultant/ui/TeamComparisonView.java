package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;
import org.readiness.merge.Disagreement;
import org.readiness.merge.TeamComparison;
import org.readiness.team.Team;
import org.readiness.team.ui.TeamTalkingPoints;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client's team then and now: the team's scores with the change, and the disagreements settled, new and open. */
@Route(value = "consultant/teams/compare/:before/:after", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class TeamComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final AuthenticationContext authentication;

    TeamComparisonView(ClientService clients, AuthenticationContext authentication) {
        this.clients = clients;
        this.authentication = authentication;
        addClassName("comparison-view");
    }

    static String location(long before, long after) {
        return "consultant/teams/compare/" + before + "/" + after;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Team after;
        Optional<TeamComparison> comparison;
        try {
            long beforeId = Long.parseLong(event.getRouteParameters().get("before").orElse(""));
            after = clients.team(Long.parseLong(event.getRouteParameters().get("after").orElse("")));
            comparison = clients.compareTeams(beforeId, after.id());
        } catch (NumberFormatException | NotAllowed notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        add(new ConsultantBar(authentication), new Anchor(ClientView.location(after.clientId()),
                getTranslation("interview.back-to-client")), new H1(getTranslation("team.compare.heading")));
        if (comparison.isEmpty()) {
            add(new Paragraph(getTranslation("team.compare.not-yet")));
            return;
        }
        render(comparison.get(), Languages.current());
    }

    private void render(TeamComparison comparison, String language) {
        NativeTable scores = new NativeTable();
        scores.addClassName("comparison-scores");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("compare.area", "compare.before", "compare.after", "compare.change")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        scores.getHead().add(head);
        for (TeamComparison.AreaChange change : comparison.areas()) {
            scores.getBody().add(row(comparison.after().questionnaire().area(change.areaId()).orElseThrow().title()
                    .in(language), change.before(), change.after(), change.delta()));
        }
        scores.getBody().add(row(getTranslation("compare.overall"), comparison.before().evaluation().score().overall(),
                comparison.after().evaluation().score().overall(), comparison.overallDelta()));
        add(scores);
        Map<String, String> then = TeamTalkingPoints.of(this, comparison.before(), language);
        Map<String, String> now = TeamTalkingPoints.of(this, comparison.after(), language);
        disagreements("team.compare.settled", comparison.settled(), then, language);
        disagreements("team.compare.arisen", comparison.arisen(), now, language);
        disagreements("team.compare.open", comparison.stillOpen(), now, language);
    }

    private NativeTableRow row(String name, @Nullable Integer before, @Nullable Integer after, @Nullable Integer delta) {
        NativeTableRow row = new NativeTableRow();
        row.addHeaderCell().setText(name);
        row.addDataCell().setText(before == null ? "-" : String.valueOf(before));
        row.addDataCell().setText(after == null ? "-" : String.valueOf(after));
        row.addDataCell().setText(delta == null ? "-" : (delta > 0 ? "+" : "") + delta);
        return row;
    }

    private void disagreements(String key, List<Disagreement> disagreements, Map<String, String> words,
                               String language) {
        add(new H2(getTranslation(key)));
        if (disagreements.isEmpty()) {
            add(new Paragraph(getTranslation("compare.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Disagreement disagreement : disagreements) {
            String question = disagreement.question().question().text().in(language);
            list.add(new ListItem(question + " \u2014 " + words.get(disagreement.question().question().id())));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.compare.page-title");
    }
}
