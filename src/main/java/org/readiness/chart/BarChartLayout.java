package org.readiness.chart;

import java.util.ArrayList;
import java.util.List;

import static org.readiness.chart.BarChart.*;

/** Places the zones, bars, labels and axis of a {@link BarChart}. */
final class BarChartLayout {

    private static final double PLOT_LEFT = LABEL_WIDTH;
    private static final double PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

    private final BarChart chart;
    private final List<Shape> shapes = new ArrayList<>();

    BarChartLayout(BarChart chart) {
        this.chart = chart;
    }

    List<Shape> shapes() {
        double plotBottom = TOP + chart.bars().size() * ROW_HEIGHT;
        drawZones(plotBottom);
        for (int i = 0; i < chart.bars().size(); i++) {
            drawBar(chart.bars().get(i), TOP + i * ROW_HEIGHT);
        }
        drawAxis(plotBottom);
        return List.copyOf(shapes);
    }

    private void drawZones(double plotBottom) {
        for (int i = 0; i < chart.zones().size(); i++) {
            Zone zone = chart.zones().get(i);
            double left = x(zone.min());
            double right = x(Math.min(100, zone.max() + 1));
            shapes.add(new Shape.Rect(left, TOP - 4, right - left, plotBottom - TOP + 4, zone.color()));
            shapes.add(new Shape.Text((left + right) / 2, TOP - 12, zone.label(), 13, Shape.Anchor.MIDDLE,
                    AXIS_COLOR, false));
        }
    }

    private void drawBar(Bar bar, double rowTop) {
        double barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        double baseline = barTop + BAR_HEIGHT / 2 + 4;
        shapes.add(new Shape.Text(PLOT_LEFT - 10, baseline, bar.label(), 16, Shape.Anchor.END, TEXT_COLOR, true));
        if (bar.score() == null) {
            shapes.add(new Shape.Text(PLOT_LEFT + 6, baseline, bar.bandLabel(), 15, Shape.Anchor.START,
                    MISSING_COLOR, false));
            return;
        }
        double width = x(bar.score()) - PLOT_LEFT;
        shapes.add(new Shape.Rect(PLOT_LEFT, barTop, Math.max(width, 2), BAR_HEIGHT, BAR_COLOR));
        shapes.add(new Shape.Text(WIDTH - 4, baseline, String.valueOf(bar.score()), 18, Shape.Anchor.END,
                TEXT_COLOR, true));
    }

    private void drawAxis(double plotBottom) {
        shapes.add(new Shape.Line(PLOT_LEFT, plotBottom, PLOT_LEFT + PLOT_WIDTH, plotBottom, AXIS_COLOR, 1));
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = x(tick);
            shapes.add(new Shape.Line(x, plotBottom, x, plotBottom + 4, AXIS_COLOR, 1));
            shapes.add(new Shape.Text(x, plotBottom + 19, String.valueOf(tick), 13, Shape.Anchor.MIDDLE,
                    AXIS_COLOR, false));
        }
    }

    private static double x(double score) {
        return PLOT_LEFT + PLOT_WIDTH * score / 100;
    }
}
