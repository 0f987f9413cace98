package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.readiness.base.ui.Named;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientTeams;
import org.readiness.consultant.NotAllowed;
import org.readiness.result.Comparison;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;

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
        comparison.ifPresentOrElse(this::render, () -> add(new Paragraph(getTranslation("team.compare.not-yet"))));
        if (!ofTeams) {
            long beforeId = Long.parseLong(before);
            long afterId = Long.parseLong(after);
            additions.forEach(addition -> addition.create(beforeId, afterId).ifPresent(this::add));
        }
    }

    private void render(Comparison comparison) {
        add(scores(comparison));
        open("compare.open.before", comparison.before());
        open("compare.open.after", comparison.after());
        add(new H2(getTranslation("compare.structure")));
        Paragraph structure = new Paragraph(comparison.structureChanged()
                ? comparison.structureBefore() + " \u2192 " + comparison.structureAfter()
                : getTranslation("compare.structure.same", comparison.structureAfter()));
        structure.addClassName("comparison-structure");
        add(structure);
        if (!comparison.after().isTeam()) {
            answers(comparison);
        }
        actions("compare.actions.done", comparison.actionsDone(), "actions-done");
        actions("compare.actions.new", comparison.actionsNew(), "actions-new");
        actions("compare.actions.open", comparison.actionsStillOpen(), "actions-open");
        comparison.talks().ifPresent(talks -> {
            talks("team.compare.settled", talks.settled());
            talks("team.compare.arisen", talks.arisen());
            talks("team.compare.open", talks.stillOpen());
        });
    }

    private NativeTable scores(Comparison comparison) {
        NativeTable scores = new NativeTable();
        scores.addClassName("comparison-scores");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("compare.area", "compare.before", "compare.after", "compare.change")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        scores.getHead().add(head);
        for (Comparison.ScoreLine line : comparison.scores()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-area", line.id());
            row.addHeaderCell().setText(line.title());
            row.addDataCell().setText(cell(line.before()));
            row.addDataCell().setText(cell(line.after()));
            Span change = new Span(line.changeText());
            change.addClassName(line.change() == null || line.change() == 0 ? "delta"
                    : line.change() > 0 ? "delta-up" : "delta-down");
            row.addDataCell().add(change);
            scores.getBody().add(row);
        }
        return scores;
    }

    /** Which required questions a result still has open, when it has any. */
    private void open(String key, Result result) {
        if (!result.isComplete()) {
            Paragraph open = new Paragraph(getTranslation(key, result.openText()));
            open.addClassName("comparison-open");
            add(open);
        }
    }

    /** "59 · On the way", "– · Incomplete". */
    private static String cell(org.readiness.result.Figure figure) {
        return figure.label().isEmpty() ? figure.scoreText() : figure.scoreText() + " \u00b7 " + figure.label();
    }

    private void answers(Comparison comparison) {
        H2 heading = new H2(getTranslation("compare.answers"));
        add(heading);
        if (comparison.answers().isEmpty()) {
            add(new Paragraph(getTranslation("compare.answers.none")));
            return;
        }
        UnorderedList answers = new UnorderedList();
        answers.addClassName("changed-answers");
        Named.labelledBy(answers, heading);
        for (Comparison.AnswerChange change : comparison.answers()) {
            ListItem item = new ListItem(change.questionText() + " \u2014 " + change.before() + " \u2192 "
                    + change.after());
            item.getElement().setAttribute("data-question", change.questionId());
            answers.add(item);
        }
        add(answers);
    }

    private void actions(String key, List<Recommended.ActionLine> actions, String className) {
        H2 heading = new H2(getTranslation(key));
        add(heading);
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("compare.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        Named.labelledBy(list, heading);
        for (Recommended.ActionLine action : actions) {
            ListItem item = new ListItem(action.title());
            item.getElement().setAttribute("data-action", action.id());
            list.add(item);
        }
        add(list);
    }

    private void talks(String key, List<TeamPart.Talk> talks) {
        add(new H2(getTranslation(key)));
        if (talks.isEmpty()) {
            add(new Paragraph(getTranslation("compare.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        talks.forEach(talk -> list.add(new ListItem(talk.questionText() + " \u2014 " + talk.whoAnsweredWhat())));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(ofTeams ? "team.compare.page-title" : "compare.page-title");
    }
}
