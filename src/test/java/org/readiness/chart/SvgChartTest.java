package org.readiness.chart;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    private static final String GREY = "#6b7785";
    private static final String INK = "#1f2d3d";

    @Test
    void what_most_texts_share_is_said_once_on_the_chart_and_each_text_says_only_how_it_differs() {
        Chart chart = chart(List.of(
                new Shape.Text(10, 20, "0", 13, Shape.Anchor.MIDDLE, GREY, false),
                new Shape.Text(50, 20, "50", 13, Shape.Anchor.MIDDLE, GREY, false),
                new Shape.Text(90, 20, "100", 13, Shape.Anchor.END, GREY, false),
                new Shape.Text(5, 60, "Experience", 16, Shape.Anchor.START, INK, true),
                new Shape.Rect(0, 30, 40, 10, "#1a5bbf")));

        Document svg = Jsoup.parse(SvgChart.render(chart, "Scores"), "", Parser.xmlParser());

        Element root = svg.selectFirst("svg");
        assertThat(root.attr("font-size")).isEqualTo("13");
        assertThat(root.attr("text-anchor")).isEqualTo("middle");
        assertThat(root.attr("fill")).isEqualTo(GREY);
        List<Element> texts = svg.select("text");
        assertThat(texts.get(0).attributes().size()).as("x and y only").isEqualTo(2);
        assertThat(texts.get(2).attr("text-anchor")).isEqualTo("end");
        Element name = texts.get(3);
        assertThat(List.of(name.attr("font-size"), name.attr("text-anchor"), name.attr("fill"),
                name.attr("font-weight"))).containsExactly("16", "start", INK, "bold");
        assertThat(svg.selectFirst("rect").attr("fill")).as("a shape keeps its own fill").isEqualTo("#1a5bbf");
    }

    @Test
    void a_chart_without_texts_says_no_text_defaults() {
        Document svg = Jsoup.parse(SvgChart.render(chart(List.of(new Shape.Line(0, 0, 10, 0, GREY, 1))), "Lines"),
                "", Parser.xmlParser());

        assertThat(svg.selectFirst("svg").hasAttr("fill")).isFalse();
        assertThat(svg.selectFirst("svg").hasAttr("font-size")).isFalse();
    }

    private static Chart chart(List<Shape> shapes) {
        return new Chart() {
            @Override
            public double height() {
                return 100;
            }

            @Override
            public List<Shape> layout() {
                return shapes;
            }
        };
    }
}
