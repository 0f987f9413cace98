package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.readiness.chart.BarChart;
import org.readiness.chart.Chart;
import org.readiness.chart.Shape;

import java.awt.Color;
import java.io.IOException;

/**
 * The chart of the screen on a score card page: the same shapes, drawn as vector rectangles, lines and text, as wide as
 * the page; a chart taller than {@link #MAX_HEIGHT} (a team whose people stand in many lanes) is drawn smaller, in
 * the middle, so page 1 stays the card.
 */
final class PdfChart {

    /** The height of a team's chart of three areas with one lane each and a legend of two rows, in points. */
    static final float MAX_HEIGHT = 225;

    private PdfChart() {
    }

    /** Draws the chart as a figure, described in words for a screen reader. */
    static void draw(Chart chart, String description, PdfPages pages) throws IOException {
        float scale = Math.min(PdfPages.WIDTH / (float) Chart.WIDTH, MAX_HEIGHT / (float) chart.height());
        float height = (float) chart.height() * scale;
        pages.figure(description, height, () -> shapes(chart, pages, scale));
        pages.space(height);
    }

    /** "Score per area …: Experience 62, On the way; Technology not scored." */
    static String description(BarChart chart, String title) {
        return title + ": " + chart.bars().stream()
                .map(bar -> bar.label() + " " + (bar.score() == null ? bar.bandLabel()
                        : bar.score() + ", " + bar.bandLabel()))
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    private static void shapes(Chart chart, PdfPages pages, float scale) throws IOException {
        float top = pages.y();
        PDPageContentStream content = pages.content();
        for (Shape shape : chart.layout()) {
            if (shape instanceof Shape.Rect rect) {
                content.setNonStrokingColor(Color.decode(rect.color()));
                content.addRect(x(rect.x(), scale), bottom(top, rect.y() + rect.height(), scale),
                        (float) rect.width() * scale, (float) rect.height() * scale);
                content.fill();
            } else if (shape instanceof Shape.Line line) {
                content.setStrokingColor(Color.decode(line.color()));
                content.setLineWidth((float) line.thickness() * scale);
                content.moveTo(x(line.x1(), scale), bottom(top, line.y1(), scale));
                content.lineTo(x(line.x2(), scale), bottom(top, line.y2(), scale));
                content.stroke();
            } else if (shape instanceof Shape.Circle circle) {
                circle(content, circle, top, scale);
            } else if (shape instanceof Shape.Polygon polygon) {
                polygon(content, polygon, top, scale);
            } else if (shape instanceof Shape.Text text) {
                text(pages, text, top, scale);
            }
        }
    }

    private static void circle(PDPageContentStream content, Shape.Circle circle, float top, float scale)
            throws IOException {
        // Four Bézier arcs make the circle; 0.5523 puts their control points where a quarter circle wants them.
        float cx = x(circle.cx(), scale);
        float cy = bottom(top, circle.cy(), scale);
        float r = (float) circle.r() * scale;
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        fillAndStroke(content, circle.fill(), circle.stroke(), scale);
    }

    private static void polygon(PDPageContentStream content, Shape.Polygon polygon, float top, float scale)
            throws IOException {
        for (int i = 0; i < polygon.points().size(); i += 2) {
            float px = x(polygon.points().get(i), scale);
            float py = bottom(top, polygon.points().get(i + 1), scale);
            if (i == 0) {
                content.moveTo(px, py);
            } else {
                content.lineTo(px, py);
            }
        }
        content.closePath();
        fillAndStroke(content, polygon.fill(), polygon.stroke(), scale);
    }

    private static void text(PdfPages pages, Shape.Text text, float top, float scale) throws IOException {
        float size = (float) text.size() * scale;
        float width = pages.fonts().width(text.text(), text.bold(), size);
        float x = x(text.x(), scale) - switch (text.anchor()) {
            case START -> 0;
            case MIDDLE -> width / 2;
            case END -> width;
        };
        pages.drawText(text.text(), x, top + (float) text.y() * scale, size, text.bold(), Color.decode(text.color()));
    }

    private static void fillAndStroke(PDPageContentStream content, String fill, String stroke, float scale)
            throws IOException {
        content.setNonStrokingColor(Color.decode(fill));
        content.setStrokingColor(Color.decode(stroke));
        content.setLineWidth(1.5f * scale);
        content.fillAndStroke();
    }

    /** Across the page: a chart drawn smaller than the page's width stands in its middle. */
    private static float x(double chartX, float scale) {
        return PdfPages.MARGIN + (PdfPages.WIDTH - (float) Chart.WIDTH * scale) / 2 + (float) chartX * scale;
    }

    private static float bottom(float top, double chartY, float scale) {
        return PdfPages.SIZE.getHeight() - top - (float) chartY * scale;
    }

}
