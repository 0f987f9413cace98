package org.readiness.chart;

import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;

import java.util.List;

/** The per-area chart of an evaluation, in one language; the zones are the overall bands. */
public final class AreaChart {

    private AreaChart() {
    }

    /** @param notScored what to write on an area that could not be scored (all its questions not applicable) */
    public static BarChart of(Evaluation evaluation, String language, String notScored) {
        return of(evaluation, language, notScored, notScored);
    }

    /**
     * @param notScored  what to write on an area that could not be scored (all its questions not applicable)
     * @param incomplete what to write on an area with required questions left open: its score is not final
     */
    public static BarChart of(Evaluation evaluation, String language, String notScored, String incomplete) {
        List<BarChart.Bar> bars = evaluation.questionnaire().areas().stream()
                .map(area -> evaluation.openRequired(area.id()) > 0
                        ? new BarChart.Bar(area.title().in(language), null, incomplete)
                        : bar(area, evaluation.score().area(area.id()).orElseThrow(), language, notScored))
                .toList();
        List<Band> bands = evaluation.questionnaire().bands().overall();
        List<BarChart.Zone> zones = bands.stream().map(band -> BarChart.Zone.of(band, bands, language)).toList();
        return new BarChart(bars, zones);
    }

    private static BarChart.Bar bar(Area area, AreaScore score, String language, String notScored) {
        String band = score.isScored() ? score.band().label().in(language) : notScored;
        return new BarChart.Bar(area.title().in(language), score.score(), band);
    }
}
