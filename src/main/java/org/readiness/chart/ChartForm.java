package org.readiness.chart;

/**
 * The two forms every chart is drawn in, with their measures in the chart's own units: wide, with its labels in a
 * column of their own, and narrow, for a phone's width, with each label above its row.
 */
enum ChartForm {
    WIDE(640, 190, 16, 13),
    NARROW(360, 0, 15, 12);

    final double width;
    final double labelWidth;
    final double labelSize;
    final double smallSize;

    ChartForm(double width, double labelWidth, double labelSize, double smallSize) {
        this.width = width;
        this.labelWidth = labelWidth;
        this.labelSize = labelSize;
        this.smallSize = smallSize;
    }
}
