package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

import static org.readiness.chart.DotChartLayout.DOT_FILL;
import static org.readiness.chart.DotChartLayout.DOT_STROKE;
import static org.readiness.chart.DotChartLayout.MARKER;

/** A role's marker at a point, with the number that tells people of one role apart written inside it. */
final class DotMarkers {

    private static final double TAG_SIZE = 11;

    private DotMarkers() {
    }

    /** @param title what a pointer resting on the marker reads ("Technology owner 2: 48"); none in the legend */
    static void draw(List<Shape> shapes, DotChart.Marker marker, double cx, double cy, @Nullable String tag,
                     @Nullable String title) {
        double r = MARKER;
        switch (marker) {
            case CIRCLE -> shapes.add(new Shape.Circle(cx, cy, r, DOT_FILL, DOT_STROKE, title));
            case SQUARE -> polygon(shapes, title, cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r);
            case TRIANGLE -> polygon(shapes, title, cx, cy - r - 2, cx + r + 2, cy + r, cx - r - 2, cy + r);
            case TRIANGLE_DOWN -> polygon(shapes, title, cx - r - 2, cy - r, cx + r + 2, cy - r, cx, cy + r + 2);
            case DIAMOND -> polygon(shapes, title, cx, cy - r - 2, cx + r + 2, cy, cx, cy + r + 2, cx - r - 2, cy);
            case HEXAGON -> polygon(shapes, title, cx - r, cy, cx - r / 2, cy - r, cx + r / 2, cy - r, cx + r, cy,
                    cx + r / 2, cy + r, cx - r / 2, cy + r);
        }
        if (tag != null) {
            // A triangle's middle sits nearer its wide side, where the number has room.
            double middle = switch (marker) {
                case TRIANGLE -> cy + 2.5;
                case TRIANGLE_DOWN -> cy - 2.5;
                default -> cy;
            };
            shapes.add(new Shape.Text(cx, middle + TAG_SIZE * 0.36, tag, TAG_SIZE, Shape.Anchor.MIDDLE, DOT_STROKE,
                    true));
        }
    }

    private static void polygon(List<Shape> shapes, @Nullable String title, double... points) {
        List<Double> list = new ArrayList<>();
        for (double point : points) {
            list.add(point);
        }
        shapes.add(new Shape.Polygon(list, DOT_FILL, DOT_STROKE, title));
    }
}
