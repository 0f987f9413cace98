package org.readiness.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest request a page sends, measured in Chromium: the longest free-text answer and interview note the fields
 * take, and a paste that fills a field to the most the browser lets through (twice its limit) with the characters
 * JSON writes longest. Vaadin's request body limit (readiness.page-requests.max-body, 512 KB) is sized from it.
 */
class LargestPageRequestIT extends E2eTest {

    private static final int LIMIT_BYTES = 512 * 1024;
    private static final String GOAL_QUESTION = "What is the most important goal of the implementation?";

    @Test
    void the_longest_answer_and_note_a_page_sends_fit_the_body_limit_four_times_over() {
        login("admin", RunningApp.ADMIN_PASSWORD);
        addClient("Long texts " + UUID.randomUUID().toString().substring(0, 8));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an interview")).click();
        expectPath("assessment/step/company");
        AtomicInteger largest = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl") && request.postDataBuffer() != null) {
                largest.accumulateAndGet(request.postDataBuffer().length, Math::max);
            }
        });
        Locator answer = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(GOAL_QUESTION)
                .setExact(true));
        Locator note = page.getByLabel("Your note on: " + GOAL_QUESTION);

        // At their limits (1,000 and 10,000 characters), each an emoji: four bytes in UTF-8.
        answer.fill("\uD83D\uDE80".repeat(1000));
        note.fill("\uD83D\uDE80".repeat(10_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).focus();
        expectAllSaved();
        int atTheLimits = largest.getAndSet(0);

        // The most a field lets through (twice its limit and one, in UTF-16 units), in characters JSON escapes to six
        // bytes: over the limit, so refused, but sent.
        note.fill("\u0001".repeat(20_001));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).focus();
        assertThat(saveStatus()).hasText("Not saved: an answer was not accepted; its field says why.",
                new LocatorAssertions.HasTextOptions().setUseInnerText(true));
        // Every character stays on the page, to be shortened.
        assertThat(note).hasValue("\u0001".repeat(20_001));
        int mostSent = largest.get();
        screenshot("refused-note");

        System.out.printf("Largest page requests: %d bytes with an answer and a note at their limits, %d bytes for a "
                + "note filled to the most the browser sends; the limit is %d bytes%n", atTheLimits, mostSent,
                LIMIT_BYTES);
        assertThat(Math.max(atTheLimits, mostSent)).isPositive().isLessThan(LIMIT_BYTES / 4);
    }
}
