package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.questionnaire.Question;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.recommendation.Trigger;

import java.util.List;
import java.util.Locale;

/**
 * The next steps, most valuable first, each with how much it could raise the overall score and the answers that
 * called for it: the first ones open, the rest behind "Show all".
 */
class ActionsSection extends Section {

    ActionsSection(Evaluation evaluation, String language) {
        addClassName("actions");
        add(new H2(getTranslation("result.actions")));
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            add(new Paragraph(noneText(this, evaluation)));
            return;
        }
        OrderedList first = new OrderedList();
        actions.stream().limit(SummarySection.TOP_ACTIONS).forEach(action -> first.add(item(action, evaluation, language)));
        add(first);
        if (actions.size() > SummarySection.TOP_ACTIONS) {
            OrderedList rest = new OrderedList();
            rest.getElement().setAttribute("start", String.valueOf(SummarySection.TOP_ACTIONS + 1));
            actions.stream().skip(SummarySection.TOP_ACTIONS).forEach(action -> rest.add(item(action, evaluation,
                    language)));
            Details more = new Details(getTranslation("result.actions.show-all", actions.size()), rest);
            more.addClassName("more-actions");
            add(more);
        }
    }

    /** What the page says when no next step is found: never "no gaps" while required questions are open. */
    static String noneText(Component ui, Evaluation evaluation) {
        int open = evaluation.openRequired().size();
        if (open == 0) {
            return ui.getTranslation("result.actions.none");
        }
        return open == 1 ? ui.getTranslation("result.actions.open.one")
                : ui.getTranslation("result.actions.open.many", open);
    }

    private ListItem item(RecommendedAction action, Evaluation evaluation, String language) {
        ListItem item = new ListItem();
        item.addClassName("action");
        item.getElement().setAttribute("data-action", action.action().id());
        Span title = new Span(action.action().title().in(language));
        title.addClassName("action-title");
        item.add(title, new Paragraph(action.action().reason().in(language)));
        if (action.pointsWonBack() > 0) {
            Span points = new Span(getTranslation("result.action.points",
                    String.format(Locale.ROOT, "%.0f", Math.ceil(action.pointsWonBack()))));
            points.addClassName("action-points");
            item.add(points);
        }
        UnorderedList because = new UnorderedList();
        for (Trigger trigger : action.triggers()) {
            if (trigger.answer() != null) {
                Question question = evaluation.questionnaire().question(trigger.questionId()).orElseThrow();
                because.add(new ListItem(question.text().in(language) + " \u2192 "
                        + AnswerLabels.of(this, question, trigger.answer(), language)));
            }
        }
        if (because.getChildren().findAny().isPresent()) {
            Span label = new Span(getTranslation("result.action.because"));
            label.addClassName("because-label");
            item.add(label, because);
        }
        return item;
    }
}
