package org.readiness.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.chart.AreaChart;
import org.readiness.chart.SvgChart;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;

/** The overall score with its band, then each area's score, band and the chart. */
class ScoreSection extends Div {

    ScoreSection(Evaluation evaluation, String language) {
        add(overall(evaluation, language), areas(evaluation, language));
    }

    private Section overall(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("overall");
        section.add(new H2(getTranslation("result.overall")));
        Integer score = evaluation.score().overall();
        Span number = new Span(score == null ? "-" : String.valueOf(score));
        number.addClassName("overall-score");
        Span outOf = new Span(getTranslation("result.score-of"));
        outOf.addClassName("score-of");
        Div figure = new Div(number, outOf);
        figure.addClassName("overall-figure");
        section.add(figure);
        Band band = evaluation.score().overallBand();
        if (band != null) {
            section.add(BandBadge.of(band, evaluation.questionnaire().bands().overall(), language));
            if (band.summary() != null) {
                section.add(new Paragraph(band.summary().in(language)));
            }
        }
        return section;
    }

    private Section areas(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("areas");
        section.add(new H2(getTranslation("result.areas")));
        Div cards = new Div();
        cards.addClassName("area-cards");
        for (Area area : evaluation.questionnaire().areas()) {
            AreaScore score = evaluation.score().area(area.id()).orElseThrow();
            Span value = new Span(score.isScored() ? String.valueOf(score.score()) : getTranslation("result.not-scored"));
            value.addClassName("area-score");
            Div card = new Div(new H3(area.title().in(language)), value, score.isScored()
                    ? BandBadge.of(score.band(), evaluation.questionnaire().bands().forArea(area.id()), language)
                    : BandBadge.none());
            card.addClassName("area-card");
            card.getElement().setAttribute("data-area", area.id());
            cards.add(card);
        }
        String title = getTranslation("result.chart-title");
        Svg chart = new Svg(SvgChart.render(AreaChart.of(evaluation, language, getTranslation("result.not-scored")),
                title));
        chart.addClassName("area-chart");
        section.add(cards, chart);
        return section;
    }
}
