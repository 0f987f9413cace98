package org.readiness.chart;

import java.util.ArrayList;
import java.util.List;

import static org.readiness.chart.DotChartLayout.MARKER;
import static org.readiness.chart.DotChartLayout.SPREAD_COLOR;
import static org.readiness.chart.DotChartLayout.TEAM_COLOR;
import static org.readiness.chart.DotChartLayout.TEXT_COLOR;

/** The legend under a {@link DotChart}: what the team's line and the grey band are, and each role's marker. */
final class DotChartLegend {

    private static final double LEGEND_ROW = 24;
    private static final double GLYPH_WIDTH = 0.56;

    private final DotChart chart;
    private final ChartForm form;

    DotChartLegend(DotChart chart, ChartForm form) {
        this.chart = chart;
        this.form = form;
    }

    /**
     * The legend's entries: the team's line, the spread, then each role's marker and words, each wrapped to its
     * column; two columns in the wide form, one on a phone.
     */
    private List<List<Line>> entries() {
        List<List<Line>> entries = new ArrayList<>();
        entries.add(List.of(new Line(Line.Sample.LINE, null, chart.words().teamLine())));
        entries.add(List.of(new Line(Line.Sample.BAND, null, chart.words().spread())));
        int perLine = (int) ((columnWidth() - 2 * MARKER - 14) / ((form.smallSize + 1) * GLYPH_WIDTH));
        for (DotChart.LegendEntry entry : chart.legend()) {
            List<Line> lines = new ArrayList<>();
            for (String line : Wrapping.lines(entry.label(), perLine)) {
                lines.add(new Line(lines.isEmpty() ? Line.Sample.MARKER : Line.Sample.NONE,
                        lines.isEmpty() ? entry.marker() : null, line));
            }
            entries.add(lines);
        }
        return entries;
    }

    private int columns() {
        return form == ChartForm.WIDE ? 2 : 1;
    }

    private double columnWidth() {
        return (form.width - 2 * left()) / columns();
    }

    private double left() {
        return form == ChartForm.WIDE ? 20 : 10;
    }

    /** Entries fill the columns row by row; a row is as tall as its tallest entry. */
    private List<Double> rowHeights() {
        List<List<Line>> entries = entries();
        List<Double> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += columns()) {
            int lines = 0;
            for (int j = i; j < Math.min(entries.size(), i + columns()); j++) {
                lines = Math.max(lines, entries.get(j).size());
            }
            rows.add(lines * LEGEND_ROW);
        }
        return rows;
    }

    double height() {
        return rowHeights().stream().mapToDouble(Double::doubleValue).sum();
    }

    void draw(List<Shape> shapes, double top) {
        List<List<Line>> entries = entries();
        List<Double> rows = rowHeights();
        double rowTop = top;
        for (int i = 0; i < entries.size(); i++) {
            int row = i / columns();
            if (i > 0 && i % columns() == 0) {
                rowTop += rows.get(row - 1);
            }
            double left = left() + (i % columns()) * columnWidth();
            List<Line> lines = entries.get(i);
            for (int line = 0; line < lines.size(); line++) {
                drawLine(shapes, lines.get(line), left, rowTop + line * LEGEND_ROW + LEGEND_ROW / 2);
            }
        }
    }

    private void drawLine(List<Shape> shapes, Line line, double left, double middle) {
        double sample = left + MARKER + 2;
        switch (line.sample()) {
            case LINE -> shapes.add(new Shape.Line(sample, middle - 9, sample, middle + 9, TEAM_COLOR, 3));
            case BAND -> shapes.add(new Shape.Rect(sample - MARKER - 2, middle - 8, 2 * MARKER + 4, 16, SPREAD_COLOR));
            case MARKER -> DotMarkers.draw(shapes, line.marker(), sample, middle, null, null);
            case NONE -> { }
        }
        shapes.add(new Shape.Text(left + 2 * MARKER + 14, middle + 5, line.text(), form.smallSize + 1,
                Shape.Anchor.START, TEXT_COLOR, false));
    }

    private record Line(Sample sample, DotChart.Marker marker, String text) {

        enum Sample { LINE, BAND, MARKER, NONE }
    }
}
