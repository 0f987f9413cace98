package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.chart.Chart;
import org.readiness.chart.Shape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The score trend across a client's assessments, a line per area (a gap where an area had no score): a chart model
 * drawn as SVG on the checkpoint page and as vectors in its PDF.
 */
public record ScoreTrend(List<LocalDate> dates, List<Series> series) implements Chart {

    private static final String[] COLOURS = {"#1a5bbf", "#b35900", "#2e7d32", "#6a1b9a", "#c62828", "#00695c"};
    private static final double LEFT = 50;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double PLOT = 180;
    private static final String INK = "#1f2d3d";
    private static final String GRID = "#d0d5dc";

    /** One area's scores, one per date (null where it had none). */
    public record Series(String name, List<@Nullable Integer> scores) {
    }

    public ScoreTrend {
        dates = List.copyOf(dates);
        series = List.copyOf(series);
    }

    @Override
    public double height() {
        return TOP + PLOT + 40 + 22 * Math.ceil(series.size() / 3.0);
    }

    @Override
    public List<Shape> layout() {
        List<Shape> shapes = new ArrayList<>();
        for (int score = 0; score <= 100; score += 50) {
            double y = y(score);
            shapes.add(new Shape.Line(LEFT, y, WIDTH - RIGHT, y, GRID, 1));
            shapes.add(new Shape.Text(LEFT - 8, y + 4, String.valueOf(score), 11, Shape.Anchor.END, INK, false));
        }
        for (int i = 0; i < dates.size(); i++) {
            shapes.add(new Shape.Text(x(i), TOP + PLOT + 18, dates.get(i).toString(), 11, Shape.Anchor.MIDDLE, INK,
                    false));
        }
        for (int s = 0; s < series.size(); s++) {
            line(shapes, series.get(s), COLOURS[s % COLOURS.length]);
            legend(shapes, series.get(s).name(), COLOURS[s % COLOURS.length], s);
        }
        return shapes;
    }

    private void line(List<Shape> shapes, Series one, String colour) {
        Integer before = null;
        for (int i = 0; i < one.scores().size(); i++) {
            Integer score = one.scores().get(i);
            if (score != null && before != null) {
                shapes.add(new Shape.Line(x(i - 1), y(before), x(i), y(score), colour, 2.5));
            }
            before = score;
        }
        for (int i = 0; i < one.scores().size(); i++) {
            Integer score = one.scores().get(i);
            if (score != null) {
                shapes.add(new Shape.Circle(x(i), y(score), 4, colour, "#ffffff", null));
            }
        }
    }

    private void legend(List<Shape> shapes, String name, String colour, int index) {
        double x = LEFT + (index % 3) * 190;
        double y = TOP + PLOT + 44 + 22 * (index / 3);
        shapes.add(new Shape.Line(x, y - 4, x + 22, y - 4, colour, 3));
        shapes.add(new Shape.Text(x + 28, y, name, 12, Shape.Anchor.START, INK, false));
    }

    private double x(int index) {
        double width = WIDTH - LEFT - RIGHT - 40;
        return dates.size() <= 1 ? LEFT + 20 + width / 2 : LEFT + 20 + width * index / (dates.size() - 1);
    }

    private static double y(int score) {
        return TOP + PLOT * (100 - score) / 100.0;
    }

    /** "Experience: 40, 55, 70; Technology: …" for a screen reader. */
    public String description(String title) {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int s = 0; s < series.size(); s++) {
            text.append(s == 0 ? "" : "; ").append(series.get(s).name()).append(' ');
            for (int i = 0; i < dates.size(); i++) {
                Integer score = series.get(s).scores().get(i);
                text.append(i == 0 ? "" : ", ").append(dates.get(i)).append(' ')
                        .append(score == null ? "\u2013" : score.toString());
            }
        }
        return text.append('.').toString();
    }
}
