package org.readiness.chart;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;

import java.util.List;

/**
 * The per-area chart of a result: one horizontal bar per area (0-100) over the band zones, as plain data.
 * {@link #layout()} turns it into shapes that the screen draws as SVG and the score card as PDF paths.
 */
public record BarChart(List<Bar> bars, List<Zone> zones) implements Chart {

    /** The narrow form's width, in the chart's own units; the wide form is {@link Chart#WIDTH} wide. */
    public static final double NARROW_WIDTH = ChartForm.NARROW.width;

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

    /** The height of the wide form, in the chart's own units. */
    @Override
    public double height() {
        return new BarChartLayout(this, ChartForm.WIDE).height();
    }

    /** The wide form: each area's name left of its bar. */
    @Override
    public List<Shape> layout() {
        return new BarChartLayout(this, ChartForm.WIDE).shapes();
    }

    public double narrowHeight() {
        return new BarChartLayout(this, ChartForm.NARROW).height();
    }

    /** The form for phones: each area's name above its bar, the text larger for the width. */
    public List<Shape> narrowLayout() {
        return new BarChartLayout(this, ChartForm.NARROW).shapes();
    }
}
