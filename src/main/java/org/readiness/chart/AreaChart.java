package org.readiness.chart;

import org.readiness.questionnaire.Band;
import org.readiness.result.Result;

import java.util.List;

/** The per-area chart of a result, in its language: a bar per area as the result shows it; the zones are the overall bands. */
public final class AreaChart {

    private AreaChart() {
    }

    public static BarChart of(Result result) {
        List<BarChart.Bar> bars = result.areas().stream()
                .map(area -> new BarChart.Bar(area.title(), area.score(), area.label()))
                .toList();
        List<Band> bands = result.questionnaire().bands().overall();
        List<BarChart.Zone> zones = bands.stream().map(band -> BarChart.Zone.of(band, bands, result.language())).toList();
        return new BarChart(bars, zones);
    }
}
