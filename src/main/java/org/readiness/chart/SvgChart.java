package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** Draws chart shapes as an SVG document; every text is escaped. */
public final class SvgChart {

    private SvgChart() {
    }

    /** The wide form of a chart, as on a screen or the score card. */
    public static String render(Chart chart, String title) {
        return render(chart, title, null);
    }

    /** With a description, read out by screen readers after the title: the chart's figures in words. */
    public static String render(Chart chart, String title, @Nullable String description) {
        return render(chart.layout(), Chart.WIDTH, chart.height(), title, description);
    }

    /** The form for phones: names above the bars, the text readable at a phone's width. */
    public static String renderNarrow(BarChart chart, String title) {
        return render(chart.narrowLayout(), BarChart.NARROW_WIDTH, chart.narrowHeight(), title, null);
    }

    /** The team chart's form for phones: names above the rows, the text readable at a phone's width. */
    public static String renderNarrow(DotChart chart, String title, @Nullable String description) {
        return render(chart.narrowLayout(), DotChart.NARROW_WIDTH, chart.narrowHeight(), title, description);
    }

    private static String render(List<Shape> shapes, double width, double height, String title,
                                 @Nullable String description) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                        + "aria-label=\"%s\" font-family=\"sans-serif\" style=\"width:100%%;height:auto\">",
                width, height, XmlText.escape(description == null ? title : title + ". " + description)));
        svg.append("<title>").append(XmlText.escape(title)).append("</title>");
        if (description != null) {
            svg.append("<desc>").append(XmlText.escape(description)).append("</desc>");
        }
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Rect rect) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        rect.x(), rect.y(), rect.width(), rect.height(), rect.color()));
            } else if (shape instanceof Shape.Line line) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                        line.x1(), line.y1(), line.x2(), line.y2(), line.color(), line.thickness()));
            } else if (shape instanceof Shape.Circle circle) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"",
                        circle.cx(), circle.cy(), circle.r(), circle.fill(), circle.stroke()));
                close(svg, "circle", circle.title());
            } else if (shape instanceof Shape.Polygon polygon) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < polygon.points().size(); i += 2) {
                    points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", polygon.points().get(i),
                            polygon.points().get(i + 1)));
                }
                svg.append(String.format(Locale.ROOT, "<polygon points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"",
                        points, polygon.fill(), polygon.stroke()));
                close(svg, "polygon", polygon.title());
            } else if (shape instanceof Shape.Text text) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>",
                        text.x(), text.y(), text.size(), anchor(text.anchor()), text.color(),
                        text.bold() ? " font-weight=\"bold\"" : "", XmlText.escape(text.text())));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Ends an element, with its title inside when it has one. */
    private static void close(StringBuilder svg, String element, @Nullable String title) {
        if (title == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(XmlText.escape(title)).append("</title></").append(element).append('>');
        }
    }

    private static String anchor(Shape.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

}
