package org.readiness.chart;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;

import java.util.List;

/**
 * The per-area chart of a result: one horizontal bar per area (0-100) over the band zones, as plain data.
 * {@link #layout()} turns it into shapes that the screen draws as SVG and the score card as PDF paths.
 */
public record BarChart(List<Bar> bars, List<Zone> zones) implements Chart {

    static final double LABEL_WIDTH = 190;
    static final double VALUE_WIDTH = 50;
    static final double ROW_HEIGHT = 44;
    static final double BAR_HEIGHT = 22;
    static final double TOP = 30;
    static final double AXIS_SPACE = 26;

    static final String TEXT_COLOR = "#1f2d3d";
    static final String AXIS_COLOR = "#6b7785";
    static final String BAR_COLOR = "#1a5bbf";
    static final String MISSING_COLOR = "#6b7785";

    public BarChart {
        bars = List.copyOf(bars);
        zones = List.copyOf(zones);
    }

    /** One area: its label, its score (none when it could not be scored) and the label of its band. */
    public record Bar(String label, @Nullable Integer score, String bandLabel) {
    }

    /** A band's range of scores with its label, shaded behind the bars in the band's pale colour. */
    public record Zone(int min, int max, String label, String color) {

        public static Zone of(Band band, List<Band> bands, String language) {
            return new Zone(band.min(), band.max(), band.label().in(language), BandPalette.pale(band, bands));
        }
    }

    @Override
    public double height() {
        return TOP + bars.size() * ROW_HEIGHT + AXIS_SPACE;
    }

    @Override
    public List<Shape> layout() {
        return new BarChartLayout(this).shapes();
    }
}
