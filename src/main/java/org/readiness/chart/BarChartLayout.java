package org.readiness.chart;

import org.readiness.chart.BarChart.Bar;
import org.readiness.chart.BarChart.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.readiness.chart.BarChart.AXIS_COLOR;
import static org.readiness.chart.BarChart.BAR_COLOR;
import static org.readiness.chart.BarChart.MISSING_COLOR;
import static org.readiness.chart.BarChart.TEXT_COLOR;

/**
 * Places the zones, bars, labels and axis of a {@link BarChart}, in one of two forms: wide, each area's name left of
 * its bar (wrapped over lines rather than cut), or narrow for phones, each name above its bar, so the text keeps
 * a readable size when the chart is shrunk to a phone's width. The axis marks the limits of the bands.
 */
final class BarChartLayout {

    private static final double VALUE_WIDTH = 50;
    private static final double BAR_HEIGHT = 22;
    private static final double TOP = 30;
    private static final double AXIS_SPACE = 26;
    private static final double ROW_GAP = 22;
    /** An average glyph's width as a share of the font size, for bold sans-serif text: wrapping errs towards room. */
    private static final double GLYPH_WIDTH = 0.6;

    private final BarChart chart;
    private final ChartForm form;
    private final List<Shape> shapes = new ArrayList<>();

    BarChartLayout(BarChart chart, ChartForm form) {
        this.chart = chart;
        this.form = form;
    }

    double height() {
        return TOP + chart.bars().stream().mapToDouble(this::rowHeight).sum() + AXIS_SPACE;
    }

    List<Shape> shapes() {
        double plotBottom = height() - AXIS_SPACE;
        drawZones(plotBottom);
        double rowTop = TOP;
        for (Bar bar : chart.bars()) {
            drawBar(bar, rowTop);
            rowTop += rowHeight(bar);
        }
        drawAxis(plotBottom);
        return List.copyOf(shapes);
    }

    private double lineHeight() {
        return form.labelSize * 1.2;
    }

    /** Wide: the taller of the bar and its wrapped name. Narrow: the name's lines above the bar. */
    private double rowHeight(Bar bar) {
        int lines = labelLines(bar.label()).size();
        return form == ChartForm.WIDE ? Math.max(BAR_HEIGHT + ROW_GAP, lines * lineHeight() + 10)
                : lines * lineHeight() + BAR_HEIGHT + ROW_GAP / 2 + 4;
    }

    /** The area's name over as many lines as it needs in the room it has; a word longer than a line stays whole. */
    List<String> labelLines(String label) {
        double room = form == ChartForm.WIDE ? form.labelWidth - 12 : form.width;
        return Wrapping.lines(label, Math.max(8, (int) (room / (form.labelSize * GLYPH_WIDTH))));
    }

    private double plotLeft() {
        return form.labelWidth;
    }

    private double plotWidth() {
        return form.width - form.labelWidth - VALUE_WIDTH;
    }

    private double x(double score) {
        return plotLeft() + plotWidth() * score / 100;
    }

    private void drawZones(double plotBottom) {
        for (Zone zone : chart.zones()) {
            double left = x(zone.min());
            double right = x(Math.min(100, zone.max() + 1));
            shapes.add(new Shape.Rect(left, TOP - 4, right - left, plotBottom - TOP + 4, zone.color()));
            shapes.add(new Shape.Text((left + right) / 2, TOP - 12, zone.label(), form.smallSize, Shape.Anchor.MIDDLE,
                    AXIS_COLOR, false));
        }
    }

    private void drawBar(Bar bar, double rowTop) {
        List<String> lines = labelLines(bar.label());
        double barTop;
        if (form == ChartForm.WIDE) {
            double height = rowHeight(bar);
            barTop = rowTop + (height - BAR_HEIGHT) / 2;
            double firstBaseline = rowTop + (height - lines.size() * lineHeight()) / 2 + form.labelSize * 0.95;
            for (int i = 0; i < lines.size(); i++) {
                shapes.add(new Shape.Text(plotLeft() - 10, firstBaseline + i * lineHeight(), lines.get(i),
                        form.labelSize, Shape.Anchor.END, TEXT_COLOR, true));
            }
        } else {
            double baseline = rowTop + ROW_GAP / 2 + form.labelSize * 0.9;
            for (int i = 0; i < lines.size(); i++) {
                shapes.add(new Shape.Text(plotLeft(), baseline + i * lineHeight(), lines.get(i), form.labelSize,
                        Shape.Anchor.START, TEXT_COLOR, true));
            }
            barTop = rowTop + ROW_GAP / 2 + lines.size() * lineHeight() + 4;
        }
        double barBaseline = barTop + BAR_HEIGHT / 2 + 5;
        if (bar.score() == null) {
            shapes.add(new Shape.Text(plotLeft() + 6, barBaseline, bar.bandLabel(), form.labelSize - 1,
                    Shape.Anchor.START, MISSING_COLOR, false));
            return;
        }
        double width = x(bar.score()) - plotLeft();
        shapes.add(new Shape.Rect(plotLeft(), barTop, Math.max(width, 2), BAR_HEIGHT, BAR_COLOR));
        shapes.add(new Shape.Text(form.width - 4, barBaseline, String.valueOf(bar.score()), form.labelSize + 2,
                Shape.Anchor.END, TEXT_COLOR, true));
    }

    /** The axis from 0 to 100, marked where each band begins, so the limits read off the chart. */
    private void drawAxis(double plotBottom) {
        shapes.add(new Shape.Line(plotLeft(), plotBottom, plotLeft() + plotWidth(), plotBottom, AXIS_COLOR, 1));
        TreeSet<Integer> ticks = new TreeSet<>(List.of(0, 100));
        chart.zones().forEach(zone -> ticks.add(zone.min()));
        for (int tick : ticks) {
            double x = x(tick);
            shapes.add(new Shape.Line(x, plotBottom, x, plotBottom + 5, AXIS_COLOR, 1));
            Shape.Anchor anchor = tick == 0 && form == ChartForm.NARROW ? Shape.Anchor.START
                    : tick == 100 ? Shape.Anchor.END : Shape.Anchor.MIDDLE;
            shapes.add(new Shape.Text(x, plotBottom + 19, String.valueOf(tick), form.smallSize, anchor, AXIS_COLOR,
                    false));
        }
    }
}
