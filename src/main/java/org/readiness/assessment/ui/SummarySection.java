package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.readiness.base.ui.Named;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/**
 * The result as a deliverable opens: the overall score and band, the recommended structure, the first next steps
 * and the score card to take away. An interview finished with required questions open says so, and which.
 */
class SummarySection extends Section {

    static final int TOP_ACTIONS = 3;

    SummarySection(Result result, Anchor download) {
        addClassName("summary");
        String heading = Named.headingId();
        Named.region(this, heading);
        add(body(result, heading));
        download.addClassName("summary-download");
        add(download);
    }

    /**
     * The heading, the score, its band, the structure and the first steps: text the reader does not change, so
     * markup.
     */
    private Html body(Result result, String heading) {
        Figure overall = result.overall();
        Markup body = new Markup().open("div", "summary-body")
                .element("h2", null, getTranslation("result.overall"), "id", heading).open("div", "overall-figure")
                .element("span", "overall-score", overall.scoreText())
                .element("span", "score-of", getTranslation("result.score-of")).close("div");
        if (!overall.stateText().isEmpty()) {
            BandBadge.write(body, overall, result.questionnaire().bands().overall());
        }
        if (!result.isComplete()) {
            body.element("p", "open-questions", result.openText());
        } else if (overall.bandSummary() != null) {
            body.element("p", null, overall.bandSummary());
        }
        body.element("h3", null, getTranslation("result.summary.structure"))
                .element("p", "summary-structure", result.recommended().structureName())
                .element("h3", null, getTranslation("result.summary.actions"));
        if (result.recommended().actions().isEmpty()) {
            body.element("p", null, result.recommended().noActions());
        } else {
            body.open("ol", "summary-actions");
            result.recommended().actions().stream().limit(TOP_ACTIONS)
                    .forEach(action -> body.element("li", null, action.title()));
            body.close("ol");
        }
        return body.close("div").toComponent();
    }
}
