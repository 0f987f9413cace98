package org.readiness.chart;

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

    enum Anchor { START, MIDDLE, END }
}
