package org.readiness.consultant.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.readiness.result.Comparison;
import org.readiness.result.Figure;
import org.readiness.result.HostileResults;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonMarkupTest {

    private static final String HOSTILE = HostileResults.TEXT;

    @Test
    void hostile_text_in_a_comparison_shows_as_typed_and_makes_no_element() {
        Result result = HostileResults.of("size", "large", "owner", "no");
        Figure area = HostileResults.hostile(result.areas().get(0));
        Recommended.ActionLine action = new Recommended.ActionLine("act\"><script>", null, HOSTILE, HOSTILE, 8,
                HOSTILE, List.of());
        TeamPart.Talk talk = new TeamPart.Talk("q", HOSTILE, 1, 1, 1, HOSTILE, List.of());
        Comparison comparison = new Comparison(result, result,
                List.of(new Comparison.ScoreLine("people\"><img>", HOSTILE, area, area, 3, HOSTILE)), HOSTILE,
                HOSTILE, true, List.of(new Comparison.AnswerChange("goal", HOSTILE, HOSTILE, HOSTILE)),
                List.of(action), List.of(action), List.of(action), Optional.of(new Comparison.Talks(List.of(talk),
                List.of(talk), List.of(talk))));

        Document shown = shown(ComparisonMarkup.of(comparison));

        assertThat(shown.select("script, img")).isEmpty();
        assertThat(shown.select("tbody tr").attr("data-area")).isEqualTo("people\"><img>");
        assertThat(shown.select("tbody tr").first().children().eachText())
                .containsExactly(HOSTILE, HOSTILE + " \u00b7 " + HOSTILE, HOSTILE + " \u00b7 " + HOSTILE, HOSTILE);
        assertThat(shown.select(".comparison-structure").text()).isEqualTo(HOSTILE + " \u2192 " + HOSTILE);
        assertThat(shown.select(".changed-answers li").text())
                .isEqualTo(HOSTILE + " \u2014 " + HOSTILE + " \u2192 " + HOSTILE);
        assertThat(shown.select(".actions-done li").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".actions-done li").attr("data-action")).isEqualTo("act\"><script>");
        assertThat(shown.select(".talks-open li").text()).isEqualTo(HOSTILE + " \u2014 " + HOSTILE);
    }

    @Test
    void each_list_is_named_by_its_heading_and_an_empty_one_says_so() {
        Result result = HostileResults.of("size", "large");
        Recommended.ActionLine action = new Recommended.ActionLine("act", null, "Name an owner", "Because", 8, null,
                List.of());
        Comparison comparison = new Comparison(result, result, List.of(), "One team", "One team", false, List.of(),
                List.of(action), List.of(), List.of(), Optional.empty());

        Document shown = shown(ComparisonMarkup.of(comparison));

        String heading = shown.select("ul.actions-done").attr("aria-labelledby");
        assertThat(shown.getElementById(heading).text()).isEqualTo("Next steps done (no longer needed)");
        assertThat(shown.select("ul.actions-new, ul.changed-answers")).isEmpty();
        assertThat(shown.select("h2:contains(Answers that changed) + p").text()).isEqualTo("No answer changed.");
        assertThat(shown.select(".comparison-structure").text()).startsWith("Unchanged: ");
    }


    private static Document shown(Html markup) {
        return Jsoup.parseBodyFragment("<div>" + markup.getInnerHtml() + "</div>");
    }
}
