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
import org.readiness.base.ui.Named;
import org.readiness.result.Figure;
import org.readiness.result.Recommended;
import org.readiness.result.Result;

/**
 * The result as a deliverable opens: the overall score and band, the recommended structure, the first next steps
 * and the score card to take away. An interview finished with required questions open says so, and which.
 */
class SummarySection extends Section {

    static final int TOP_ACTIONS = 3;

    SummarySection(Result result, Anchor download) {
        addClassName("summary");
        H2 heading = new H2(getTranslation("result.overall"));
        add(heading);
        Named.region(this, heading);
        Figure overall = result.overall();
        Span number = new Span(overall.scoreText());
        number.addClassName("overall-score");
        Span outOf = new Span(getTranslation("result.score-of"));
        outOf.addClassName("score-of");
        Div figure = new Div(number, outOf);
        figure.addClassName("overall-figure");
        add(figure);
        if (!overall.stateText().isEmpty()) {
            add(BandBadge.of(overall, result.questionnaire().bands().overall()));
        }
        if (!result.isComplete()) {
            Paragraph open = new Paragraph(result.openText());
            open.addClassName("open-questions");
            add(open);
        } else if (overall.bandSummary() != null) {
            add(new Paragraph(overall.bandSummary()));
        }
        add(new H3(getTranslation("result.summary.structure")));
        Paragraph structure = new Paragraph(result.recommended().structureName());
        structure.addClassName("summary-structure");
        add(structure, new H3(getTranslation("result.summary.actions")));
        if (result.recommended().actions().isEmpty()) {
            add(new Paragraph(result.recommended().noActions()));
        } else {
            OrderedList top = new OrderedList();
            top.addClassName("summary-actions");
            result.recommended().actions().stream().limit(TOP_ACTIONS)
                    .map(Recommended.ActionLine::title).forEach(title -> top.add(new ListItem(title)));
            add(top);
        }
        download.addClassName("summary-download");
        add(download);
    }
}
