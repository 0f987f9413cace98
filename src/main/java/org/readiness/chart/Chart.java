package org.readiness.chart;

import java.util.List;

/** A chart laid out as shapes, {@link #WIDTH} units wide: what the screen draws as SVG and the score card as PDF paths. */
public interface Chart {

    double WIDTH = 640;

    double height();

    List<Shape> layout();
}
