package org.readiness.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BarChart;
import org.readiness.chart.SvgChart;
import org.readiness.questionnaire.Area;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;

/** Each area's score and band, then the chart; an area with required questions open is shown as incomplete. */
class ScoreSection extends Section {

    ScoreSection(Evaluation evaluation, String language) {
        addClassName("areas");
        add(new H2(getTranslation("result.areas")));
        Div cards = new Div();
        cards.addClassName("area-cards");
        for (Area area : evaluation.questionnaire().areas()) {
            cards.add(card(evaluation, area, language));
        }
        String title = getTranslation("result.chart-title");
        BarChart chart = AreaChart.of(evaluation, language, getTranslation("result.not-scored"),
                getTranslation("result.incomplete"));
        // Both forms go to the page; the theme shows the one that fits the screen.
        Svg wide = new Svg(SvgChart.render(chart, title));
        wide.addClassNames("area-chart", "chart-wide");
        Svg narrow = new Svg(SvgChart.renderNarrow(chart, title));
        narrow.addClassNames("area-chart", "chart-narrow");
        add(cards, wide, narrow);
    }

    private Div card(Evaluation evaluation, Area area, String language) {
        AreaScore score = evaluation.score().area(area.id()).orElseThrow();
        long open = evaluation.openRequired(area.id());
        Div card = new Div(new H3(area.title().in(language)));
        card.addClassName("area-card");
        card.getElement().setAttribute("data-area", area.id());
        if (open > 0) {
            Span value = new Span("\u2013");
            value.addClassName("area-score");
            card.add(value, Incomplete.badge(this, open));
        } else {
            Span value = new Span(score.isScored() ? String.valueOf(score.score()) : getTranslation("result.not-scored"));
            value.addClassName("area-score");
            card.add(value, score.isScored()
                    ? BandBadge.of(score.band(), evaluation.questionnaire().bands().forArea(area.id()), language)
                    : BandBadge.none());
        }
        return card;
    }
}
