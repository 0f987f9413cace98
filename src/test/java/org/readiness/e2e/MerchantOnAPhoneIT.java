package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16.6 to 16.10: the merchant on a phone, 390 px wide, from the first step to the review. */
class MerchantOnAPhoneIT extends E2eTest {

    @BeforeEach
    void aPhone() {
        page.setViewportSize(390, 844);
        page.navigate(app.url(""));
        button("Start the assessment").click();
        expectPath("assessment/step/company");
    }

    @Test
    void each_step_opens_at_its_top_with_the_focus_on_its_heading_after_next_back_and_the_stepper() {
        answerStep(0);
        button("Next").click();
        expectPath("assessment/step/experience");
        expectHeadingInViewAndFocused("Experience");
        screenshot("step-after-next-en");
        page.setViewportSize(390, 844);

        button("Back").click();
        expectPath("assessment/step/company");
        expectHeadingInViewAndFocused("Your company");

        button("Next").click();
        expectPath("assessment/step/experience");
        answerStep(1);
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Your company")).click();
        expectPath("assessment/step/company");
        expectHeadingInViewAndFocused("Your company");

        button("Next").click();
        expectPath("assessment/step/experience");
        button("Next").click();
        expectPath("assessment/step/technology");
        answerStep(2);
        button("Next").click();
        answerStep(3);
        button("Review your answers").click();
        expectPath("assessment/review");
        expectHeadingInViewAndFocused("Review your answers");
    }

    @Test
    void the_result_address_and_a_step_typed_ahead_land_on_the_first_question_still_open() {
        answerStep(0);
        expectAllSaved();
        String token = page.getByLabel("Your personal link to come back later").inputValue()
                .replaceAll(".*/resume/", "");

        page.navigate(app.url("assessment/result"));
        expectPath("assessment/step/experience");
        page.navigate(app.url("assessment/step/sponsorship"));
        expectPath("assessment/step/experience");

        JsonNode stored = get("api/assessments/" + token);
        assertThat(stored.get("state").asText()).isEqualTo("draft");
        assertThat(stored.get("complete").asBoolean()).isFalse();
    }

    @Test
    void next_with_answers_missing_takes_the_user_to_the_first_and_says_how_many_are_left() {
        answer("en", "company-size", "1-10");
        button("Next").click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("2 questions still need an answer.");
        Locator businessModel = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("Who do you sell to?"));
        assertThat(businessModel).isInViewport();
        assertThat(businessModel.getByRole(AriaRole.RADIO).first()).isFocused();
        expectPath("assessment/step/company");
    }

    @Test
    void a_fast_double_or_triple_click_on_next_moves_one_step_and_shows_no_error_on_the_new_step() {
        answerStep(0);
        button("Next").dblclick();
        expectPath("assessment/step/experience");
        expectHeadingInViewAndFocused("Experience");

        // The later clicks of a double or triple click (click count 2, 3) may land on the next step's button.
        button("Next").scrollIntoViewIfNeeded();
        BoundingBox next = button("Next").boundingBox();
        CDPSession browser = context.newCDPSession(page);
        for (int count = 2; count <= 3; count++) {
            int clickCount = count;
            // Waits for the server's answer to the click, whatever it does with it.
            page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> {
                for (String type : List.of("mousePressed", "mouseReleased")) {
                    JsonObject event = new JsonObject();
                    event.addProperty("type", type);
                    event.addProperty("x", next.x + next.width / 2);
                    event.addProperty("y", next.y + next.height / 2);
                    event.addProperty("button", "left");
                    event.addProperty("clickCount", clickCount);
                    browser.send("Input.dispatchMouseEvent", event);
                }
            });
        }
        expectPath("assessment/step/experience");
        assertThat(page.getByRole(AriaRole.ALERT)).not().isVisible();
        assertThat(page.locator("readiness-choices[invalid]")).hasCount(0);
    }

    @Test
    void a_scale_is_one_row_of_points_with_its_end_words_at_the_ends_and_reads_as_n_of_max() {
        answerStep(0);
        button("Next").click();
        expectPath("assessment/step/experience");
        Locator scale = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("How well do you know your customers' current and future needs?"));
        List<Locator> points = scale.getByRole(AriaRole.RADIO).all();
        assertThat(points).hasSize(6);
        double row = points.get(0).boundingBox().y;
        for (Locator point : points.subList(0, 5)) {
            assertThat(point.boundingBox().y).isEqualTo(row);
        }
        assertThat(scale.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("1 Hardly at all")))
                .hasCount(1);
        assertThat(scale.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("5 In depth")))
                .hasCount(1);
        assertThat(points.get(5)).hasAccessibleName("Don't know");

        answerStep(1);
        button("Next").click();
        answerStep(2);
        button("Next").click();
        answerStep(3);
        button("Review your answers").click();
        expectPath("assessment/review");
        assertThat(page.getByText("3 of 5", new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    @Test
    void a_paste_over_the_limit_says_so_and_keeps_every_character() {
        Locator goal = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("What is the most important goal of the implementation?").setExact(true));
        goal.fill("x".repeat(1001));
        goal.blur();

        // The field shows the message (Vaadin also hands it to screen readers, in a live region of its own).
        assertThat(page.getByText("Not saved: the text has 1,001 characters, and at most 1,000 are taken."
                + " Shorten it and it is saved.").first()).isVisible();
        assertThat(goal).hasValue("x".repeat(1001));
    }

    @Test
    void the_resume_link_shows_on_step_one_and_the_required_mark_stays_beside_a_wrapped_question() {
        assertThat(page.getByLabel("Your personal link to come back later"))
                .hasValue(Pattern.compile("^http://localhost:\\d+/resume/[A-Za-z0-9_-]{43}$"));
        look("step-company-phone-en");
        page.setViewportSize(390, 844);

        Locator group = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("How many people work in your e-commerce or digital team?"));
        // Where the question's lines of text are drawn, and where the required mark is.
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) group.evaluate("""
                group => {
                  const label = group.querySelector('.choices-label');
                  const range = document.createRange();
                  range.selectNodeContents(label.firstChild);
                  const lines = [...range.getClientRects()];
                  const last = lines[lines.length - 1];
                  const mark = group.querySelector('.choices-required').getBoundingClientRect();
                  return {lines: new Set(lines.map(line => Math.round(line.top))).size, lastRight: last.right,
                          lastTop: last.top, lastBottom: last.bottom, markLeft: mark.left,
                          markMiddle: mark.top + mark.height / 2};
                }""");
        double lastRight = ((Number) layout.get("lastRight")).doubleValue();
        double markLeft = ((Number) layout.get("markLeft")).doubleValue();
        double markMiddle = ((Number) layout.get("markMiddle")).doubleValue();
        assertThat(((Number) layout.get("lines")).intValue()).as("lines of the question").isGreaterThan(1);
        // The mark follows the last word on the same line, not the far edge of the label.
        assertThat(markMiddle).isBetween(((Number) layout.get("lastTop")).doubleValue(),
                ((Number) layout.get("lastBottom")).doubleValue());
        assertThat(markLeft - lastRight).isBetween(-1.0, 12.0);
    }

    @Test
    void edit_from_the_review_offers_the_way_back_to_it() {
        for (int step = 0; step < 4; step++) {
            answerStep(step);
            button(step < 3 ? "Next" : "Review your answers").click();
        }
        expectPath("assessment/review");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the answers of \"Experience\""))
                .click();
        expectPath("assessment/step/experience\\?from=review");
        button("Back to review").click();
        expectPath("assessment/review");
    }

    private void expectHeadingInViewAndFocused(String heading) {
        Locator h1 = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setLevel(1));
        assertThat(h1).isFocused();
        assertThat(h1).isInViewport();
        assertThat(((Number) page.evaluate("window.scrollY")).intValue()).isZero();
    }

    private void answerStep(int step) {
        Map<String, Object> answers = MerchantJourneyIT.SMALL_SHOP.get(step);
        answers.forEach((question, value) -> answer("en", question, value));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
