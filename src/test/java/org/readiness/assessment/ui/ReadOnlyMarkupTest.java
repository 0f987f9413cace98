package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.result.Recommended;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result's read-only parts are one element of markup each; whatever a questionnaire's author, a consultant or an
 * answer put in their texts shows as the characters typed and never becomes markup.
 */
class ReadOnlyMarkupTest extends KaribuTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

    @Test
    void hostile_text_in_the_owners_shows_as_typed_and_makes_no_element() {
        StructureSection section = new StructureSection(new Recommended("three-area", "Three areas", "Because",
                List.of(new Recommended.Owners("experience", HOSTILE, List.of(
                        new Recommended.Owner("cmo", HOSTILE, HOSTILE)))), List.of(), "Nothing to do", "Because:"));

        Document shown = shown(section);
        assertThat(shown.select("script, img")).isEmpty();
        assertThat(shown.select(".owner-card h3").text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".owner-card li > span").first().text()).isEqualTo(HOSTILE);
        assertThat(shown.select(".owner-why").text()).isEqualTo(HOSTILE);
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

    /** The markup as the browser builds it from what the server sends. */
    private static Document shown(com.vaadin.flow.component.Component section) {
        com.vaadin.flow.component.UI.getCurrent().add(section);
        StringBuilder html = new StringBuilder();
        _find(Html.class).forEach(part -> html.append(part.getInnerHtml()));
        return Jsoup.parseBodyFragment(html.toString());
    }
}
