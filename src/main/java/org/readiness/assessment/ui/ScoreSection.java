package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Section;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BarChart;
import org.readiness.chart.SvgChart;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/** Each area's score and band, then the chart; an area with required questions open is shown as incomplete. */
class ScoreSection extends Section {

    ScoreSection(Result result) {
        addClassName("areas");
        String title = getTranslation("result.chart-title");
        BarChart chart = AreaChart.of(result);
        // Both forms go to the page; the theme shows the one that fits the screen.
        Svg wide = new Svg(SvgChart.render(chart, title));
        wide.addClassNames("area-chart", "chart-wide");
        Svg narrow = new Svg(SvgChart.renderNarrow(chart, title));
        narrow.addClassNames("area-chart", "chart-narrow");
        add(cards(result, getTranslation("result.areas")), wide, narrow);
    }

    /**
     * The section's heading and each area's card, named by its heading for a screen reader: text the reader does not
     * change, so markup.
     */
    private static Html cards(Result result, String title) {
        Markup cards = new Markup().open("div", null).element("h2", null, title).open("div", "area-cards");
        for (Figure area : result.areas()) {
            String heading = "area-title-" + area.id();
            cards.open("div", "area-card", "role", "group", "aria-labelledby", heading, "data-area", area.id())
                    .element("h3", null, area.title(), "id", heading)
                    .element("span", "area-score", area.scoreText());
            BandBadge.write(cards, area, result.questionnaire().bands().forArea(area.id()));
            cards.close("div");
        }
        return cards.close("div").close("div").toComponent();
    }
}
