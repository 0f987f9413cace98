package org.readiness.consultant.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.Comparison;
import org.readiness.consultant.NotAllowed;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/** Two assessments of a client side by side: scores with the change, structure, answers and next steps. */
@Route(value = "consultant/compare/:before/:after", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final AuthenticationContext authentication;
    private final List<ComparisonAddition> additions;

    ComparisonView(ClientService clients, AuthenticationContext authentication, List<ComparisonAddition> additions) {
        this.clients = clients;
        this.authentication = authentication;
        this.additions = additions;
        addClassName("comparison-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String before = event.getRouteParameters().get("before").orElse("");
        String after = event.getRouteParameters().get("after").orElse("");
        Comparison comparison;
        long clientId;
        try {
            comparison = clients.compare(Long.parseLong(before), Long.parseLong(after));
            clientId = clients.assessment(Long.parseLong(before)).clientId();
        } catch (NumberFormatException | NotAllowed notYours) {
            StaleLinks.toClientOrNotFound(event, clients, before, after);
            return;
        }
        render(comparison, clientId, Languages.current());
        additions.forEach(addition -> addition.create(Long.parseLong(before), Long.parseLong(after))
                .ifPresent(this::add));
    }

    private void render(Comparison comparison, long clientId, String language) {
        removeAll();
        Questionnaire questionnaire = comparison.after().questionnaire();
        RouterLink back = new RouterLink(getTranslation("interview.back-to-client"), ClientView.class,
                new RouteParameters("clientId", String.valueOf(clientId)));
        back.addClassName("back-to-client");
        add(new ConsultantBar(authentication), back, new H1(getTranslation("compare.heading")));
        NativeTable scores = new NativeTable();
        scores.addClassName("comparison-scores");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("compare.area", "compare.before", "compare.after", "compare.change")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        scores.getHead().add(head);
        for (Comparison.AreaChange change : comparison.areas()) {
            scores.getBody().add(row(questionnaire.area(change.areaId()).orElseThrow().title().in(language),
                    change.before(), change.after(), change.delta(), change.areaId()));
        }
        scores.getBody().add(row(getTranslation("compare.overall"), comparison.overallBefore(),
                comparison.overallAfter(), comparison.overallDelta(), "overall"));
        add(scores);
        add(new H2(getTranslation("compare.structure")), new Paragraph(
                comparison.before().questionnaire().structure().name(comparison.structureBefore(), language,
                        key -> getTranslation(key)) + " \u2192 "
                        + questionnaire.structure().name(comparison.structureAfter(), language, key -> getTranslation(key))));
        add(new H2(getTranslation("compare.answers")));
        if (comparison.changedAnswers().isEmpty()) {
            add(new Paragraph(getTranslation("compare.answers.none")));
        } else {
            UnorderedList answers = new UnorderedList();
            answers.addClassName("changed-answers");
            for (Comparison.AnswerChange change : comparison.changedAnswers()) {
                Question question = questionnaire.question(change.questionId()).orElseThrow();
                ListItem item = new ListItem(question.text().in(language) + " \u2014 " + words(question, change.before(),
                        language) + " \u2192 " + words(question, change.after(), language));
                item.getElement().setAttribute("data-question", change.questionId());
                answers.add(item);
            }
            add(answers);
        }
        actions("compare.actions.done", comparison.actionsDone(), comparison, language, "actions-done");
        actions("compare.actions.new", comparison.actionsNew(), comparison, language, "actions-new");
        actions("compare.actions.open", comparison.actionsStillOpen(), comparison, language, "actions-open");
    }

    private NativeTableRow row(String name, @Nullable Integer before, @Nullable Integer after,
                               @Nullable Integer delta, String id) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-area", id);
        row.addDataCell().setText(name);
        row.addDataCell().setText(before == null ? "-" : String.valueOf(before));
        row.addDataCell().setText(after == null ? "-" : String.valueOf(after));
        Span change = new Span(delta == null ? "-" : (delta > 0 ? "+" : "") + delta);
        change.addClassName(delta == null || delta == 0 ? "delta" : delta > 0 ? "delta-up" : "delta-down");
        row.addDataCell().add(change);
        return row;
    }

    private void actions(String key, List<String> ids, Comparison comparison, String language, String className) {
        add(new H2(getTranslation(key)));
        if (ids.isEmpty()) {
            add(new Paragraph(getTranslation("compare.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        for (String id : ids) {
            var action = comparison.after().questionnaire().actions().stream().filter(each -> each.id().equals(id))
                    .findFirst().or(() -> comparison.before().questionnaire().actions().stream()
                            .filter(each -> each.id().equals(id)).findFirst())
                    .orElseThrow();
            ListItem item = new ListItem(action.title().in(language));
            item.getElement().setAttribute("data-action", id);
            list.add(item);
        }
        add(list);
    }

    private String words(Question question, @Nullable Answer answer, String language) {
        return answer == null ? getTranslation("review.not-answered")
                : AnswerWords.of(question, answer, language, key -> getTranslation("wizard." + key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.page-title");
    }
}
