package org.readiness.e2e;

import com.microsoft.playwright.Locator;
import org.awaitility.Awaitility;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16.1: a consultant's note is never lost. A note typed and left at once (a stepper click, "Back to the
 * client", a reload) is in the database afterwards, and the page says "Saving…" until the server has it.
 */
class InterviewNotesIT extends E2eTest {

    private static final String SPONSOR_QUESTION = "Is there a named executive sponsor for the initiative?";
    private static final String GOAL_QUESTION = "What is the most important goal of the implementation?";

    private String client;

    @BeforeEach
    void startAnInterview() {
        client = "Notes " + UUID.randomUUID().toString().substring(0, 8);
        login("admin", RunningApp.ADMIN_PASSWORD);
        addClient(client);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an interview")).click();
        expectPath("assessment/step/company");
    }

    @Test
    void a_note_typed_and_left_at_once_by_a_stepper_click_is_stored() {
        note(GOAL_QUESTION).fill("Grow online sales in the Nordics.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");

        // The server took the note before the step change it was sent ahead of: it is stored by now.
        assertThat(storedNote(client, "main-goal")).isEqualTo("Grow online sales in the Nordics.");
    }

    @Test
    void a_note_typed_and_left_at_once_by_back_to_the_client_is_stored() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");
        note(SPONSOR_QUESTION).fill("The CEO wants a plan first.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")).click();
        expectPath("consultant/clients/\\d+");

        assertThat(storedNote(client, "executive-sponsor")).isEqualTo("The CEO wants a plan first.");
    }

    @Test
    void a_note_typed_and_left_at_once_by_a_reload_is_stored() {
        note(GOAL_QUESTION).fill("Open a web shop before the summer.");
        page.reload();
        expectPath("assessment/step/company");

        // The page sent the note as it was left (a beacon), which the server stores on its own time: wait for it.
        assertThat(awaitStoredNote("main-goal", "Open a web shop before the summer."))
                .isEqualTo("Open a web shop before the summer.");
        page.reload();
        assertThat(note(GOAL_QUESTION)).hasValue("Open a web shop before the summer.");
    }

    @Test
    void the_page_says_saving_until_the_server_has_the_note_and_never_all_saved_before() {
        answer("en", "company-size", "1-10");
        expectAllSaved();

        note(GOAL_QUESTION).pressSequentially("Sell");
        // Shown at once, from the first key, while the typing goes on and the note is not sent yet.
        assertThat(saveStatus()).hasText("Saving...", new LocatorAssertions.HasTextOptions().setUseInnerText(true));
        expectAllSaved();
        assertThat(storedNote(client, "main-goal")).isEqualTo("Sell");
    }

    /**
     * The note as the database holds it once the page's beacon has been stored: the beacon has no answer the page
     * could wait for, so the database is asked again until it has it (or 20 s have passed).
     */
    private String awaitStoredNote(String questionId, String expected) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> storedNote(client, questionId), expected::equals);
    }

    private Locator note(String question) {
        return page.getByLabel("Your note on: " + question);
    }
}
