package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A team's chart: per area one row on the 0-100 scale over the band zones, each respondent a dot whose shape tells
 * their role (named in the legend, so no one has to tell roles apart by colour), the spread from the lowest to the
 * highest shaded, and the team's score as a line with its figure.
 */
public record DotChart(List<Row> rows, List<BarChart.Zone> zones, List<LegendEntry> legend) implements Chart {

    static final double LABEL_WIDTH = 190;
    static final double VALUE_WIDTH = 50;
    static final double ROW_HEIGHT = 56;
    static final double TOP = 30;
    static final double AXIS_SPACE = 26;
    static final double LEGEND_ROW = 24;

    public DotChart {
        rows = List.copyOf(rows);
        zones = List.copyOf(zones);
        legend = List.copyOf(legend);
    }

    /** One area: the team's score, the respondents' own scores, and what to write where there is no score. */
    public record Row(String label, @Nullable Integer team, List<Dot> dots, String notScored) {

        public Row {
            dots = List.copyOf(dots);
        }
    }

    /** One respondent's score in an area, drawn as their role's marker. */
    public record Dot(int score, Marker marker) {
    }

    /** A role's marker and its name. */
    public record LegendEntry(Marker marker, String label) {
    }

    /** The shapes that tell roles apart, in the order roles get them. */
    public enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, HEXAGON;

        /** The marker of the n-th role (from 0), going round when there are more roles than markers. */
        public static Marker of(int index) {
            return values()[index % values().length];
        }
    }

    @Override
    public double height() {
        return TOP + rows.size() * ROW_HEIGHT + AXIS_SPACE + LEGEND_ROW * Math.ceil(legend.size() / 2.0) + 8;
    }

    @Override
    public List<Shape> layout() {
        return new DotChartLayout(this).shapes();
    }
}
