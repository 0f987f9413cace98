package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A team's chart: per area one row on the 0-100 scale over the band zones, each respondent a marker whose shape tells
 * their role (named in the legend, so no one has to tell roles apart by colour) and, where a role has several people,
 * a number inside telling them apart; markers that would overlap stand one above the other, so no one is hidden. The
 * spread from the lowest to the highest is shaded and the team's score is a line with its figure; the legend says
 * what the line and the shading are.
 */
public record DotChart(List<Row> rows, List<BarChart.Zone> zones, List<LegendEntry> legend, Words words)
        implements Chart {

    /** The narrow form's width, for phones; the wide form is {@link Chart#WIDTH} wide. */
    public static final double NARROW_WIDTH = ChartForm.NARROW.width;

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

    /**
     * One respondent's score in an area, drawn as their role's marker; {@code tag} tells people of one role apart
     * ("1", "2"), {@code who} names them for a pointer resting on the marker.
     */
    public record Dot(int score, Marker marker, @Nullable String tag, String who) {
    }

    /** A role's marker and its words: the role, how many, and who is which number. */
    public record LegendEntry(Marker marker, String label) {
    }

    /** The legend's words for the team's line and the shaded spread. */
    public record Words(String teamLine, String spread) {
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
        return new DotChartLayout(this, ChartForm.WIDE).height();
    }

    @Override
    public List<Shape> layout() {
        return new DotChartLayout(this, ChartForm.WIDE).shapes();
    }

    public double narrowHeight() {
        return new DotChartLayout(this, ChartForm.NARROW).height();
    }

    /** The form for phones: each area's name above its row, the text readable at a phone's width. */
    public List<Shape> narrowLayout() {
        return new DotChartLayout(this, ChartForm.NARROW).shapes();
    }
}
