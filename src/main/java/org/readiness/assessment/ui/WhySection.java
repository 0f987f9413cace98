package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.base.ui.Named;
import org.readiness.base.ui.ShownWhenOpened;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/**
 * "Why this score": per area its total, opening to each question's answer, points and (for consultants) note; and
 * how the areas' weights make the overall score.
 */
class WhySection extends Section {

    WhySection(Result result) {
        addClassName("why");
        String heading = Named.headingId();
        add(new Markup().open("div", null).element("h2", null, getTranslation("result.why"), "id", heading)
                .element("p", null, getTranslation("result.why.intro")).close("div").toComponent());
        Named.region(this, heading);
        for (Figure area : result.areas()) {
            ShownWhenOpened details = new ShownWhenOpened(area.why(), () -> table(area));
            details.addClassName("why-area");
            add(details);
        }
        Paragraph weights = new Paragraph(result.overall().why());
        weights.addClassName("why-overall");
        add(weights);
    }

    /** An area's questions, answers and points: read-only text, so one element of markup. */
    private Html table(Figure area) {
        Markup table = new Markup().open("table", "why-table").open("thead", null).open("tr", null)
                .element("th", null, getTranslation("result.why.question"))
                .element("th", null, getTranslation("result.why.answer"))
                .element("th", null, getTranslation("result.why.points"))
                .close("tr").close("thead").open("tbody", null);
        for (Figure.QuestionLine question : area.questions()) {
            table.open("tr", null).open("td", null).text(question.text());
            if (!question.note().isEmpty()) {
                table.element("span", "note-text", getTranslation("interview.note") + ": " + question.note());
            }
            table.close("td").element("td", null, question.answerText()).element("td", null, question.pointsText())
                    .close("tr");
        }
        return table.close("tbody").close("table").toComponent();
    }
}
