package org.readiness.assessment.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.result.Figure;
import org.readiness.result.HostileResults;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.words.Words;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result's read-only parts are one element of markup each; whatever a questionnaire's author, a consultant or an
 * answer put in their texts shows as the characters typed and never becomes markup.
 */
class ReadOnlyMarkupTest extends KaribuTest {

    private static final String HOSTILE = HostileResults.TEXT;

    @Test
    void hostile_text_in_the_structure_and_its_owners_shows_as_typed_and_makes_no_element() {
        var section = StructureSection.of(new Recommended("three-area\"><img>", HOSTILE, HOSTILE,
                List.of(new Recommended.Owners("experience", HOSTILE, List.of(
                        new Recommended.Owner("cmo", HOSTILE, HOSTILE)))), List.of(), "Nothing to do", "Because:"),
                Words.in("en"));

        Document shown = shown(section);
        assertThat(shown.select("script, img")).isEmpty();
        assertThat(shown.select(".owner-card h3").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".owner-card li > span").first().text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".owner-why").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".structure-name").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".structure-name").attr("data-structure")).isEqualTo("three-area\"><img>");
        assertThat(shown.select("section.structure > p").text()).isEqualTo(HOSTILE);
    }

    @Test
    void hostile_text_in_the_next_steps_shows_as_typed_and_makes_no_element() {
        Recommended.ActionLine action = new Recommended.ActionLine("act\"><script>", null, HOSTILE, HOSTILE, 8,
                HOSTILE, List.of(new Recommended.Because("q", org.readiness.questionnaire.answer.Answer.dontKnow(),
                HOSTILE, HOSTILE)));
        ActionsSection section = new ActionsSection(new Recommended("small-team", "One team", "Because",
                List.of(), List.of(action), "Nothing to do", HOSTILE));

        Document shown = shown(section);
        assertThat(shown.select("script, img")).isEmpty();
        assertThat(shown.select("li.action").attr("data-action")).isEqualTo("act\"><script>");
        assertThat(shown.select(".action-title").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".action-title").attr("role")).isEqualTo("heading");
        assertThat(shown.select("li.action > p").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".action-points").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".because-label").text()).isEqualTo(HOSTILE);
        assertThat(shown.select("li.action ul li").text()).isEqualTo(HOSTILE + " \u2192 " + HOSTILE);
    }

    @Test
    void hostile_text_in_the_summary_and_the_area_cards_shows_as_typed_and_makes_no_element() {
        Result plain = HostileResults.of("size", "large", "owner", "no");
        Figure area = HostileResults.hostile(plain.areas().get(0));
        Recommended.ActionLine action = new Recommended.ActionLine("act", null, HOSTILE, HOSTILE, 8, HOSTILE,
                List.of());
        Result result = new Result(plain.words(), plain.questionnaire(), plain.evaluation(), plain.heading(),
                plain.open(), HostileResults.hostile(plain.overall()), List.of(area), new Recommended("small-team", HOSTILE,
                "Because", List.of(), List.of(action), "Nothing to do", "Because:"), plain.answers(), plain.team());

        Document summary = shown(new SummarySection(result, new com.vaadin.flow.component.html.Anchor("#", "PDF")));
        Document cards = shown(new ScoreSection(result));
        for (Document shown : List.of(summary, cards)) {
            assertThat(shown.select("script, img")).isEmpty();
        }
        assertThat(summary.select(".overall-score").text()).isEqualTo(HOSTILE);
        assertThat(summary.select(".band").text()).isEqualTo(HOSTILE);
        assertThat(summary.select(".summary-structure").text()).isEqualTo(HOSTILE);
        assertThat(summary.select(".summary-actions li").text()).isEqualTo(HOSTILE);
        assertThat(cards.select(".area-card h3").text()).isEqualTo(HOSTILE);
        assertThat(cards.select(".area-card").attr("aria-labelledby"))
                .isEqualTo(cards.select(".area-card h3").attr("id"));
        assertThat(cards.select(".area-score").text()).isEqualTo(HOSTILE);
    }

    @Test
    void hostile_text_in_a_step_title_shows_in_the_stepper_as_typed_and_makes_no_element() {
        List<org.readiness.questionnaire.Step> steps = java.util.stream.Stream.of("first", "second\"><img>", "third")
                .map(id -> new org.readiness.questionnaire.Step(id,
                        org.readiness.questionnaire.LocalizedText.of("en", HOSTILE), null, List.of(), false, null))
                .toList();

        Document shown = shown(new StepIndicator(steps, 2, "en", false));

        assertThat(shown.select("script, img")).isEmpty();
        assertThat(shown.select("ol.steps li")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly(HOSTILE, HOSTILE, HOSTILE);
        // The address stays one attribute's value, quote and all: it opens no element and no other attribute.
        assertThat(shown.select("ol.steps a").get(1).attr("href")).isEqualTo("assessment/step/second\"><img>");
        assertThat(shown.select("ol.steps a").get(1).attributes().size()).isEqualTo(2);
        assertThat(shown.select("[aria-current=step]").text()).isEqualTo(HOSTILE);
    }


    /** The markup as the browser builds it from what the server sends. */
    private static Document shown(com.vaadin.flow.component.Component section) {
        com.vaadin.flow.component.UI.getCurrent().removeAll();
        com.vaadin.flow.component.UI.getCurrent().add(section);
        StringBuilder html = new StringBuilder();
        PageMarkup.select("body > *").forEach(part -> html.append(part.outerHtml()));
        return Jsoup.parseBodyFragment(html.toString());
    }
}
