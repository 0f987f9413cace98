package org.readiness.assessment.ui;

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

import java.util.Locale;

/** The next steps, most valuable first, each with the points it wins back and the answers that called for it. */
class ActionsSection extends Section {

    ActionsSection(Evaluation evaluation, String language) {
        addClassName("actions");
        add(new H2(getTranslation("result.actions")));
        if (evaluation.recommendation().actions().isEmpty()) {
            add(new Paragraph(getTranslation("result.actions.none")));
            return;
        }
        OrderedList list = new OrderedList();
        evaluation.recommendation().actions().forEach(action -> list.add(item(action, evaluation, language)));
        add(list);
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
