package org.readiness.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.base.ui.Named;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BarChart;
import org.readiness.chart.SvgChart;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/** Each area's score and band, then the chart; an area with required questions open is shown as incomplete. */
class ScoreSection extends Section {

    ScoreSection(Result result) {
        addClassName("areas");
        add(new H2(getTranslation("result.areas")));
        Div cards = new Div();
        cards.addClassName("area-cards");
        for (Figure area : result.areas()) {
            Span value = new Span(area.scoreText());
            value.addClassName("area-score");
            H3 title = new H3(area.title());
            Div card = new Div(title, value, BandBadge.of(area, result.questionnaire().bands().forArea(area.id())));
            Named.group(card, title);
            card.addClassName("area-card");
            card.getElement().setAttribute("data-area", area.id());
            cards.add(card);
        }
        String title = getTranslation("result.chart-title");
        BarChart chart = AreaChart.of(result);
        // Both forms go to the page; the theme shows the one that fits the screen.
        Svg wide = new Svg(SvgChart.render(chart, title));
        wide.addClassNames("area-chart", "chart-wide");
        Svg narrow = new Svg(SvgChart.renderNarrow(chart, title));
        narrow.addClassNames("area-chart", "chart-narrow");
        add(cards, wide, narrow);
    }
}
