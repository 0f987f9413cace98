package org.readiness.chart;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The team chart keeps everyone in sight: no marker covers another, one role's people are told apart. */
class DotChartTest {

    private static final List<BarChart.Zone> ZONES = List.of(new BarChart.Zone(0, 39, "Not ready", "#f6e9e8"),
            new BarChart.Zone(40, 69, "On the way", "#f3ede0"), new BarChart.Zone(70, 100, "Ready", "#e7f0ea"));
    private static final DotChart.Words WORDS = new DotChart.Words("The line: the team's score",
            "The grey band: from the lowest to the highest score");

    @Test
    void six_people_with_the_same_score_stand_one_above_the_other_none_hidden() {
        List<DotChart.Dot> six = IntStream.range(0, 6)
                .mapToObj(i -> new DotChart.Dot(48, DotChart.Marker.of(i % 2), String.valueOf(i + 1), "Person " + i))
                .toList();
        DotChart chart = chart(new DotChart.Row("Technology", 48, six, "not scored"));

        for (List<Shape> shapes : List.of(chart.layout(), chart.narrowLayout())) {
            List<double[]> boxes = markerBoxes(shapes);
            assertThat(boxes).hasSize(6);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(apart(boxes.get(i), boxes.get(j))).as("markers %d and %d", i, j).isTrue();
                }
            }
        }
    }

    @Test
    void close_scores_do_not_overlap_either_and_far_ones_share_a_lane() {
        List<DotChart.Dot> dots = List.of(dot(47), dot(49), dot(50), dot(90));
        DotChart chart = chart(new DotChart.Row("Experience", 59, dots, "not scored"));

        List<double[]> boxes = markerBoxes(chart.layout());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(apart(boxes.get(i), boxes.get(j))).isTrue();
            }
        }
        DotChartLayout.Lanes lanes = new DotChartLayout(chart, ChartForm.WIDE).lanes(chart.rows().get(0));
        assertThat(lanes.count()).isEqualTo(3);
        assertThat(lanes.lane().get(3)).as("90 is far from the rest").isZero();
    }

    @Test
    void people_of_one_role_carry_their_number_and_every_marker_says_who_it_is() {
        DotChart chart = chart(new DotChart.Row("Technology", 40, List.of(
                new DotChart.Dot(30, DotChart.Marker.SQUARE, "1", "Technology owner 1 (Tom)"),
                new DotChart.Dot(50, DotChart.Marker.SQUARE, "2", "Technology owner 2 (Tove)")), "not scored"));

        String svg = SvgChart.render(chart, "Each person's score");

        assertThat(svg).contains(">1</text>", ">2</text>", "<title>Technology owner 1 (Tom): 30</title>",
                "<title>Technology owner 2 (Tove): 50</title>");
    }

    @Test
    void the_legend_says_what_the_line_and_the_band_are_in_words_on_the_chart() {
        DotChart chart = chart(new DotChart.Row("Technology", 40, List.of(dot(30), dot(50)), "not scored"));

        for (List<Shape> shapes : List.of(chart.layout(), chart.narrowLayout())) {
            String texts = String.join(" ", shapes.stream().filter(Shape.Text.class::isInstance)
                    .map(shape -> ((Shape.Text) shape).text()).toList());
            assertThat(texts).contains("The line: the team's score",
                    "The grey band: from the lowest to the highest score", "Technology owner (2): 1 Tom, 2 Tove");
        }
    }

    @Test
    void the_phone_form_is_narrow_and_its_smallest_text_stays_readable_at_390_px() {
        DotChart chart = chart(new DotChart.Row("Executive sponsor", 40, List.of(dot(30), dot(50)), "not scored"));

        double smallest = chart.narrowLayout().stream().filter(Shape.Text.class::isInstance)
                .mapToDouble(shape -> ((Shape.Text) shape).size()).min().orElseThrow();
        // A 390 px phone shows the chart about 350 px wide: its units shrink to 350 / 360.
        assertThat(DotChart.NARROW_WIDTH).isEqualTo(360);
        assertThat(smallest * 350 / DotChart.NARROW_WIDTH).isGreaterThanOrEqualTo(10.5);
        double wideSmallest = chart.layout().stream().filter(Shape.Text.class::isInstance)
                .mapToDouble(shape -> ((Shape.Text) shape).size()).min().orElseThrow();
        assertThat(wideSmallest * 350 / Chart.WIDTH).as("the wide form would be this small on a phone").isLessThan(8);
    }

    private static DotChart.Dot dot(int score) {
        return new DotChart.Dot(score, DotChart.Marker.CIRCLE, null, "Someone");
    }

    private static DotChart chart(DotChart.Row row) {
        return new DotChart(List.of(row), ZONES, List.of(new DotChart.LegendEntry(DotChart.Marker.SQUARE,
                "Technology owner (2): 1 Tom, 2 Tove")), WORDS);
    }

    /** Each titled marker's box: x, y, width, height (legend markers have no title). */
    private static List<double[]> markerBoxes(List<Shape> shapes) {
        List<double[]> boxes = new ArrayList<>();
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Circle circle && circle.title() != null) {
                boxes.add(new double[] {circle.cx() - circle.r(), circle.cy() - circle.r(), 2 * circle.r(),
                        2 * circle.r()});
            } else if (shape instanceof Shape.Polygon polygon && polygon.title() != null) {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (int i = 0; i < polygon.points().size(); i += 2) {
                    minX = Math.min(minX, polygon.points().get(i));
                    maxX = Math.max(maxX, polygon.points().get(i));
                    minY = Math.min(minY, polygon.points().get(i + 1));
                    maxY = Math.max(maxY, polygon.points().get(i + 1));
                }
                boxes.add(new double[] {minX, minY, maxX - minX, maxY - minY});
            }
        }
        return boxes;
    }

    private static boolean apart(double[] a, double[] b) {
        return a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
    }
}
