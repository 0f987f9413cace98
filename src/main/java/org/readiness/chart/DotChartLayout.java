package org.readiness.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.readiness.chart.DotChart.AXIS_SPACE;
import static org.readiness.chart.DotChart.LABEL_WIDTH;
import static org.readiness.chart.DotChart.LEGEND_ROW;
import static org.readiness.chart.DotChart.ROW_HEIGHT;
import static org.readiness.chart.DotChart.TOP;
import static org.readiness.chart.DotChart.VALUE_WIDTH;

/** Places the zones, spreads, dots, team lines, labels, axis and legend of a {@link DotChart}. */
final class DotChartLayout {

    private static final double PLOT_LEFT = LABEL_WIDTH;
    private static final double PLOT_WIDTH = Chart.WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    private static final double MARKER = 7;
    private static final String TEXT_COLOR = "#1f2d3d";
    private static final String AXIS_COLOR = "#6b7785";
    private static final String SPREAD_COLOR = "#c9d3df";
    private static final String TEAM_COLOR = "#1a5bbf";
    private static final String DOT_FILL = "#1f2d3d";
    private static final String DOT_STROKE = "#ffffff";

    private final DotChart chart;
    private final List<Shape> shapes = new ArrayList<>();

    DotChartLayout(DotChart chart) {
        this.chart = chart;
    }

    List<Shape> shapes() {
        double plotBottom = TOP + chart.rows().size() * ROW_HEIGHT;
        drawZones(plotBottom);
        for (int i = 0; i < chart.rows().size(); i++) {
            drawRow(chart.rows().get(i), TOP + i * ROW_HEIGHT);
        }
        drawAxis(plotBottom);
        drawLegend(plotBottom + AXIS_SPACE + 6);
        return List.copyOf(shapes);
    }

    private void drawZones(double plotBottom) {
        for (BarChart.Zone zone : chart.zones()) {
            double left = x(zone.min());
            double right = x(Math.min(100, zone.max() + 1));
            shapes.add(new Shape.Rect(left, TOP - 4, right - left, plotBottom - TOP + 4, zone.color()));
            shapes.add(new Shape.Text((left + right) / 2, TOP - 12, zone.label(), 13, Shape.Anchor.MIDDLE,
                    AXIS_COLOR, false));
        }
    }

    private void drawRow(DotChart.Row row, double rowTop) {
        double middle = rowTop + ROW_HEIGHT / 2;
        shapes.add(new Shape.Text(PLOT_LEFT - 10, middle + 5, row.label(), 16, Shape.Anchor.END, TEXT_COLOR, true));
        if (row.dots().isEmpty()) {
            shapes.add(new Shape.Text(PLOT_LEFT + 6, middle + 5, row.notScored(), 15, Shape.Anchor.START, AXIS_COLOR,
                    false));
            return;
        }
        int lowest = row.dots().stream().mapToInt(DotChart.Dot::score).min().orElseThrow();
        int highest = row.dots().stream().mapToInt(DotChart.Dot::score).max().orElseThrow();
        shapes.add(new Shape.Rect(x(lowest) - MARKER, middle - 14, x(highest) - x(lowest) + 2 * MARKER, 28,
                SPREAD_COLOR));
        if (row.team() != null) {
            shapes.add(new Shape.Line(x(row.team()), middle - 18, x(row.team()), middle + 18, TEAM_COLOR, 3));
            shapes.add(new Shape.Text(Chart.WIDTH - 4, middle + 6, String.valueOf(row.team()), 18, Shape.Anchor.END,
                    TEXT_COLOR, true));
        }
        // Dots on the same score would hide each other: each further one moves down and up in turn.
        Map<Integer, Integer> atScore = new HashMap<>();
        for (DotChart.Dot dot : row.dots()) {
            int seen = atScore.merge(dot.score(), 1, Integer::sum) - 1;
            double offset = seen == 0 ? 0 : (seen % 2 == 1 ? 1 : -1) * 6 * ((seen + 1) / 2);
            marker(dot.marker(), x(dot.score()), middle + offset);
        }
    }

    private void drawAxis(double plotBottom) {
        shapes.add(new Shape.Line(PLOT_LEFT, plotBottom, PLOT_LEFT + PLOT_WIDTH, plotBottom, AXIS_COLOR, 1));
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = x(tick);
            shapes.add(new Shape.Line(x, plotBottom, x, plotBottom + 4, AXIS_COLOR, 1));
            shapes.add(new Shape.Text(x, plotBottom + 19, String.valueOf(tick), 13, Shape.Anchor.MIDDLE, AXIS_COLOR,
                    false));
        }
    }

    /** Two columns of marker and role name under the axis. */
    private void drawLegend(double top) {
        for (int i = 0; i < chart.legend().size(); i++) {
            DotChart.LegendEntry entry = chart.legend().get(i);
            double left = i % 2 == 0 ? 20 : Chart.WIDTH / 2 + 10;
            double middle = top + (i / 2) * LEGEND_ROW + LEGEND_ROW / 2;
            marker(entry.marker(), left + MARKER, middle);
            shapes.add(new Shape.Text(left + 2 * MARKER + 8, middle + 5, entry.label(), 14, Shape.Anchor.START,
                    TEXT_COLOR, false));
        }
    }

    private void marker(DotChart.Marker marker, double cx, double cy) {
        double r = MARKER;
        switch (marker) {
            case CIRCLE -> shapes.add(new Shape.Circle(cx, cy, r, DOT_FILL, DOT_STROKE));
            case SQUARE -> polygon(cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r);
            case TRIANGLE -> polygon(cx, cy - r - 1, cx + r + 1, cy + r, cx - r - 1, cy + r);
            case TRIANGLE_DOWN -> polygon(cx - r - 1, cy - r, cx + r + 1, cy - r, cx, cy + r + 1);
            case DIAMOND -> polygon(cx, cy - r - 2, cx + r + 2, cy, cx, cy + r + 2, cx - r - 2, cy);
            case HEXAGON -> polygon(cx - r, cy, cx - r / 2, cy - r, cx + r / 2, cy - r, cx + r, cy, cx + r / 2, cy + r,
                    cx - r / 2, cy + r);
        }
    }

    private void polygon(double... points) {
        List<Double> list = new ArrayList<>();
        for (double point : points) {
            list.add(point);
        }
        shapes.add(new Shape.Polygon(list, DOT_FILL, DOT_STROKE));
    }

    private static double x(double score) {
        return PLOT_LEFT + PLOT_WIDTH * score / 100;
    }
}
