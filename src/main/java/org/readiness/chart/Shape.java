package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A shape of a drawn chart, in the chart's own units (origin top left, y down); every renderer draws the same. */
public sealed interface Shape {

    /** A filled rectangle; {@code color} is "#rrggbb". */
    record Rect(double x, double y, double width, double height, String color) implements Shape {
    }

    /** A straight line. */
    record Line(double x1, double y1, double x2, double y2, String color, double thickness) implements Shape {
    }

    /** Text whose baseline starts ({@code START}), is centred ({@code MIDDLE}) or ends ({@code END}) at x. */
    record Text(double x, double y, String text, double size, Anchor anchor, String color, boolean bold)
            implements Shape {
    }

    /** A filled circle with an outline; {@code title}, if any, is what a pointer resting on it reads. */
    record Circle(double cx, double cy, double r, String fill, String stroke, @Nullable String title)
            implements Shape {
    }

    /** A filled polygon with an outline, through the given points (x, y, x, y, ...), with a title as a circle's. */
    record Polygon(List<Double> points, String fill, String stroke, @Nullable String title) implements Shape {

        public Polygon {
            points = List.copyOf(points);
        }
    }

    enum Anchor { START, MIDDLE, END }
}
