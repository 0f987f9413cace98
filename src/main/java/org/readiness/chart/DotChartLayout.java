package org.readiness.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the zones, spreads, markers, team lines, labels, axis and legend of a {@link DotChart}, wide (each area's
 * name left of its row) or narrow for phones (the name above it, the text keeping a readable size when the chart is
 * shrunk to a phone's width). Markers closer than their own width stand in lanes one above the other, so each stays
 * whole; a row grows with its lanes.
 */
final class DotChartLayout {

    static final double MARKER = 9;
    /** The height of one lane of markers; markers in one lane keep this far apart side by side too. */
    static final double LANE = 2 * MARKER + 8;
    private static final double VALUE_WIDTH = 44;
    private static final double TOP = 30;
    private static final double MIN_ROW = 48;
    private static final double AXIS_SPACE = 26;
    static final String TEXT_COLOR = "#1f2d3d";
    static final String AXIS_COLOR = "#6b7785";
    static final String SPREAD_COLOR = "#c9d3df";
    static final String TEAM_COLOR = "#1a5bbf";
    static final String DOT_FILL = "#1f2d3d";
    static final String DOT_STROKE = "#ffffff";

    private final DotChart chart;
    private final ChartForm form;
    private final List<Shape> shapes = new ArrayList<>();

    DotChartLayout(DotChart chart, ChartForm form) {
        this.chart = chart;
        this.form = form;
    }

    double height() {
        return TOP + chart.rows().stream().mapToDouble(this::rowHeight).sum() + AXIS_SPACE
                + new DotChartLegend(chart, form).height() + 8;
    }

    List<Shape> shapes() {
        double plotBottom = TOP + chart.rows().stream().mapToDouble(this::rowHeight).sum();
        drawZones(plotBottom);
        double rowTop = TOP;
        for (DotChart.Row row : chart.rows()) {
            drawRow(row, rowTop);
            rowTop += rowHeight(row);
        }
        drawAxis(plotBottom);
        new DotChartLegend(chart, form).draw(shapes, plotBottom + AXIS_SPACE + 8);
        return List.copyOf(shapes);
    }

    private double labelLine() {
        return form == ChartForm.NARROW ? form.labelSize * 1.4 : 0;
    }

    private double rowHeight(DotChart.Row row) {
        return labelLine() + Math.max(MIN_ROW, lanes(row).count() * LANE + 20);
    }

    private double plotLeft() {
        return form == ChartForm.WIDE ? form.labelWidth : 10;
    }

    private double plotWidth() {
        return form.width - plotLeft() - VALUE_WIDTH;
    }

    private double x(double score) {
        return plotLeft() + plotWidth() * score / 100;
    }

    /** Each dot's lane: the first whose last marker is a marker's width away to the left, lowest score first. */
    Lanes lanes(DotChart.Row row) {
        List<DotChart.Dot> sorted = row.dots().stream().sorted(Comparator.comparingInt(DotChart.Dot::score)).toList();
        List<Double> laneEnds = new ArrayList<>();
        List<Integer> lane = new ArrayList<>();
        for (DotChart.Dot dot : sorted) {
            double x = x(dot.score());
            int chosen = 0;
            while (chosen < laneEnds.size() && x - laneEnds.get(chosen) < LANE) {
                chosen++;
            }
            if (chosen == laneEnds.size()) {
                laneEnds.add(x);
            } else {
                laneEnds.set(chosen, x);
            }
            lane.add(chosen);
        }
        return new Lanes(sorted, lane, Math.max(1, laneEnds.size()));
    }

    record Lanes(List<DotChart.Dot> dots, List<Integer> lane, int count) {
    }

    private void drawZones(double plotBottom) {
        for (BarChart.Zone zone : chart.zones()) {
            double left = x(zone.min());
            double right = x(Math.min(100, zone.max() + 1));
            shapes.add(new Shape.Rect(left, TOP - 4, right - left, plotBottom - TOP + 4, zone.color()));
            shapes.add(new Shape.Text((left + right) / 2, TOP - 12, zone.label(), form.smallSize, Shape.Anchor.MIDDLE,
                    AXIS_COLOR, false));
        }
    }

    private void drawRow(DotChart.Row row, double rowTop) {
        Lanes lanes = lanes(row);
        double middle = rowTop + labelLine() + (rowHeight(row) - labelLine()) / 2;
        if (form == ChartForm.WIDE) {
            shapes.add(new Shape.Text(plotLeft() - 10, middle + 5, row.label(), form.labelSize, Shape.Anchor.END,
                    TEXT_COLOR, true));
        } else {
            shapes.add(new Shape.Text(plotLeft(), rowTop + form.labelSize + 2, row.label(), form.labelSize,
                    Shape.Anchor.START, TEXT_COLOR, true));
        }
        if (row.dots().isEmpty()) {
            shapes.add(new Shape.Text(plotLeft() + 6, middle + 5, row.notScored(), form.labelSize - 1,
                    Shape.Anchor.START, AXIS_COLOR, false));
            return;
        }
        double half = lanes.count() * LANE / 2 + 3;
        int lowest = lanes.dots().get(0).score();
        int highest = lanes.dots().get(lanes.dots().size() - 1).score();
        shapes.add(new Shape.Rect(x(lowest) - MARKER - 2, middle - half, x(highest) - x(lowest) + 2 * MARKER + 4,
                2 * half, SPREAD_COLOR));
        if (row.team() != null) {
            shapes.add(new Shape.Line(x(row.team()), middle - half - 5, x(row.team()), middle + half + 5, TEAM_COLOR,
                    3));
            shapes.add(new Shape.Text(form.width - 4, middle + 6, String.valueOf(row.team()), form.labelSize + 2,
                    Shape.Anchor.END, TEXT_COLOR, true));
        }
        for (int i = 0; i < lanes.dots().size(); i++) {
            DotChart.Dot dot = lanes.dots().get(i);
            double y = middle + (lanes.lane().get(i) - (lanes.count() - 1) / 2.0) * LANE;
            DotMarkers.draw(shapes, dot.marker(), x(dot.score()), y, dot.tag(), dot.who() + ": " + dot.score());
        }
    }

    private void drawAxis(double plotBottom) {
        shapes.add(new Shape.Line(plotLeft(), plotBottom, plotLeft() + plotWidth(), plotBottom, AXIS_COLOR, 1));
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = x(tick);
            Shape.Anchor anchor = tick == 0 && form == ChartForm.NARROW ? Shape.Anchor.START : Shape.Anchor.MIDDLE;
            shapes.add(new Shape.Line(x, plotBottom, x, plotBottom + 4, AXIS_COLOR, 1));
            shapes.add(new Shape.Text(x, plotBottom + 19, String.valueOf(tick), form.smallSize, anchor, AXIS_COLOR,
                    false));
        }
    }
}
