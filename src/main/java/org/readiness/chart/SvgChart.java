package org.readiness.chart;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        TextDefaults defaults = TextDefaults.of(shapes);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                        + "aria-label=\"%s\" font-family=\"sans-serif\"%s style=\"width:100%%;height:auto\">",
                width, height, XmlText.escape(description == null ? title : title + ". " + description),
                defaults.attributes()));
        svg.append("<title>").append(XmlText.escape(title)).append("</title>");
        if (description != null) {
            svg.append("<desc>").append(XmlText.escape(description)).append("</desc>");
        }
        shapes.forEach(shape -> draw(svg, shape, defaults));
        return svg.append("</svg>").toString();
    }

    private static void draw(StringBuilder svg, Shape shape, TextDefaults defaults) {
        if (shape instanceof Shape.Rect rect) {
            svg.append("<rect x=\"").append(number(rect.x())).append("\" y=\"").append(number(rect.y()))
                    .append("\" width=\"").append(number(rect.width())).append("\" height=\"")
                    .append(number(rect.height())).append("\" fill=\"").append(rect.color()).append("\"/>");
        } else if (shape instanceof Shape.Line line) {
            svg.append("<line x1=\"").append(number(line.x1())).append("\" y1=\"").append(number(line.y1()))
                    .append("\" x2=\"").append(number(line.x2())).append("\" y2=\"").append(number(line.y2()))
                    .append("\" stroke=\"").append(line.color()).append('"');
            if (line.thickness() != 1) {
                svg.append(" stroke-width=\"").append(number(line.thickness())).append('"');
            }
            svg.append("/>");
        } else if (shape instanceof Shape.Circle circle) {
            svg.append("<circle cx=\"").append(number(circle.cx())).append("\" cy=\"").append(number(circle.cy()))
                    .append("\" r=\"").append(number(circle.r())).append("\" fill=\"").append(circle.fill())
                    .append("\" stroke=\"").append(circle.stroke()).append("\" stroke-width=\"1.5\"");
            close(svg, "circle", circle.title());
        } else if (shape instanceof Shape.Polygon polygon) {
            svg.append("<polygon points=\"");
            for (int i = 0; i < polygon.points().size(); i += 2) {
                svg.append(i == 0 ? "" : " ").append(number(polygon.points().get(i))).append(',')
                        .append(number(polygon.points().get(i + 1)));
            }
            svg.append("\" fill=\"").append(polygon.fill()).append("\" stroke=\"").append(polygon.stroke())
                    .append("\" stroke-width=\"1.5\"");
            close(svg, "polygon", polygon.title());
        } else if (shape instanceof Shape.Text text) {
            drawText(svg, text, defaults);
        }
    }

    /** A text, with only the attributes in which it differs from what the chart says for most of its texts. */
    private static void drawText(StringBuilder svg, Shape.Text text, TextDefaults defaults) {
        svg.append("<text x=\"").append(number(text.x())).append("\" y=\"").append(number(text.y())).append('"');
        if (Math.round(text.size()) != defaults.size()) {
            svg.append(" font-size=\"").append(Math.round(text.size())).append('"');
        }
        if (text.anchor() != defaults.anchor()) {
            svg.append(" text-anchor=\"").append(anchor(text.anchor())).append('"');
        }
        if (!text.color().equals(defaults.color())) {
            svg.append(" fill=\"").append(text.color()).append('"');
        }
        svg.append(text.bold() ? " font-weight=\"bold\">" : ">").append(XmlText.escape(text.text()))
                .append("</text>");
    }

    /**
     * The size, anchor and colour most of a chart's texts have, said once on the chart and inherited: the page
     * carries every character of every text's attributes. A shape with a fill of its own is not affected.
     */
    private record TextDefaults(long size, Shape.Anchor anchor, @Nullable String color) {

        static TextDefaults of(List<Shape> shapes) {
            List<Shape.Text> texts = shapes.stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                    .toList();
            if (texts.isEmpty()) {
                return new TextDefaults(-1, Shape.Anchor.START, null);
            }
            return new TextDefaults(mostCommon(texts, text -> Math.round(text.size())),
                    mostCommon(texts, Shape.Text::anchor), mostCommon(texts, Shape.Text::color));
        }

        String attributes() {
            if (color == null) {
                return "";
            }
            return " font-size=\"" + size + '"' + (anchor == Shape.Anchor.START ? ""
                    : " text-anchor=\"" + SvgChart.anchor(anchor) + '"') + " fill=\"" + color + '"';
        }

        private static <T> T mostCommon(List<Shape.Text> texts, Function<Shape.Text, T> property) {
            Map<T, Long> counts = texts.stream().collect(Collectors.groupingBy(property, LinkedHashMap::new,
                    Collectors.counting()));
            return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        }
    }

    /** Ends an element, with its title inside when it has one. */
    private static void close(StringBuilder svg, String element, @Nullable String title) {
        if (title == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(XmlText.escape(title)).append("</title></").append(element).append('>');
        }
    }

    /** A coordinate to a tenth, without a trailing ".0": the page carries every character of it. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    private static String anchor(Shape.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

}
