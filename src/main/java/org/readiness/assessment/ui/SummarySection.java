package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.questionnaire.Band;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;

import java.util.List;

/**
 * The result as a deliverable opens: the overall score and band, the recommended structure, the first next steps
 * and the score card to take away. An interview finished with required questions open says so instead of a score.
 */
class SummarySection extends Section {

    static final int TOP_ACTIONS = 3;

    SummarySection(Evaluation evaluation, String language, Anchor download) {
        addClassName("summary");
        add(new H2(getTranslation("result.overall")));
        int open = evaluation.openRequired().size();
        Integer score = open == 0 ? evaluation.score().overall() : null;
        Span number = new Span(score == null ? "\u2013" : String.valueOf(score));
        number.addClassName("overall-score");
        Span outOf = new Span(getTranslation("result.score-of"));
        outOf.addClassName("score-of");
        Div figure = new Div(number, outOf);
        figure.addClassName("overall-figure");
        add(figure);
        Band band = evaluation.score().overallBand();
        if (open > 0) {
            add(Incomplete.badge(this, open));
        } else if (band != null) {
            add(BandBadge.of(band, evaluation.questionnaire().bands().overall(), language));
            if (band.summary() != null) {
                add(new Paragraph(band.summary().in(language)));
            }
        }
        add(new H3(getTranslation("result.summary.structure")));
        Paragraph structure = new Paragraph(StructureSection.name(this, evaluation, language));
        structure.addClassName("summary-structure");
        add(structure);
        add(new H3(getTranslation("result.summary.actions")));
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            add(new Paragraph(ActionsSection.noneText(this, evaluation)));
        } else {
            OrderedList top = new OrderedList();
            top.addClassName("summary-actions");
            actions.stream().limit(TOP_ACTIONS).forEach(action -> top.add(new ListItem(action.action().title()
                    .in(language))));
            add(top);
        }
        download.addClassName("summary-download");
        add(download);
    }
}
