package org.readiness.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16.2 to 16.5: the consultant in a client meeting, from the interview to the client's page and back. */
class ClientMeetingIT extends E2eTest {

    private String client;
    private String clientPage;

    @BeforeEach
    void aClient() {
        client = "Meeting " + UUID.randomUUID().toString().substring(0, 8);
        login("admin", RunningApp.ADMIN_PASSWORD);
        clientPage = addClient(client);
    }

    @Test
    void the_interview_fits_a_meeting_screen_names_the_client_and_each_note_names_its_question() throws Exception {
        button("Start an interview").click();
        expectPath("assessment/step/company");
        assertThat(page.getByText("Client: " + client)).isVisible();

        // At 1280 px the note sits beside its question, and step 1 is about one screen high.
        Locator question = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("How many people work in your company?"));
        Locator note = page.getByLabel("Your note on: How many people work in your company?");
        BoundingBox questionBox = question.boundingBox();
        BoundingBox blockBox = question.locator("xpath=..").boundingBox();
        BoundingBox noteBox = note.boundingBox();
        assertThat(noteBox.x).isGreaterThanOrEqualTo(questionBox.x + questionBox.width);
        assertThat(noteBox.y).isBetween(blockBox.y, blockBox.y + blockBox.height);
        answer("en", "company-size", "11-50");
        note.fill("Growing fast: two developers hired this spring.");
        expectAllSaved();
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
        look("interview-layout-en");
        // About one screen: step 1 was 2,200 px high with the notes under the questions.
        assertThat(((Number) page.evaluate("document.documentElement.scrollHeight")).intValue()).isLessThan(1300);

        goToStep("Executive sponsor");
        answer("en", "executive-sponsor", "yes");
        expectAllSaved();
        button("Finish the interview").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish anyway")).click();
        expectPath("assessment/result");
        assertThat(page.getByText("Client: " + client)).isVisible();

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the score card (PDF)")).click());
        assertThat(pdf.suggestedFilename()).startsWith("readiness-" + client.toLowerCase().replace(' ', '-') + "-");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            assertThat(new PDFTextStripper().getText(document)).contains(client);
        }
    }

    @Test
    void a_finished_interview_opened_from_the_client_page_shows_its_result_and_cannot_be_changed() {
        button("Start an interview").click();
        expectPath("assessment/step/company");
        finishWithOpenQuestions();
        page.navigate(clientPage);
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Finished"));
        assertThat(row).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Open the result of ")))
                .click();
        expectPath("assessment/result");
        assertThat(button("Finish the interview")).hasCount(0);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Steps of the assessment")))
                .hasCount(0);

        // Typed-in step addresses land on the result as well: the answers are history.
        page.navigate(app.url("assessment/step/company"));
        expectPath("assessment/result");
        page.navigate(app.url("assessment/review"));
        expectPath("assessment/result");
    }

    @Test
    void an_open_interview_is_continued_or_deleted_and_a_new_one_asks_first() {
        button("Start an interview").click();
        expectPath("assessment/step/company");
        answer("en", "company-size", "1-10");
        expectAllSaved();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")).click();
        expectPath("consultant/clients/\\d+");

        button("Start an interview").click();
        assertThat(page.getByText("An interview is still open")).isVisible();
        button("Continue the open one").click();
        expectPath("assessment/step/company");
        expectAnswered(page, "en", "company-size", "1-10");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")).click();
        expectPath("consultant/clients/\\d+");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Delete the interview of ")))
                .click();
        assertThat(page.getByText("Delete this interview?")).isVisible();
        page.locator("vaadin-confirm-dialog-overlay").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(page.getByText("No assessments yet.")).isVisible();
    }

    @Test
    void finishing_with_questions_not_discussed_asks_and_shows_open_areas_as_incomplete() {
        button("Start an interview").click();
        expectPath("assessment/step/company");
        answer("en", "company-size", "1-10");
        expectAllSaved();
        goToStep("Executive sponsor");
        button("Finish the interview").click();
        Pattern notDiscussed = Pattern.compile("^\\d+ questions were not discussed. Finish anyway\\?$");
        assertThat(page.getByText(notDiscussed)).isVisible();
        button("Keep interviewing").click();
        expectPath("assessment/step/sponsorship");

        button("Finish the interview").click();
        button("Finish anyway").click();
        expectPath("assessment/result");
        Locator sponsor = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Executive sponsor")
                .setExact(true));
        assertThat(sponsor).containsText("Incomplete");
        assertThat(sponsor).not().containsText("Not ready yet");
        assertThat(page.getByText("No gaps found")).hasCount(0);
        assertThat(region("Overall readiness")).containsText("Incomplete");
        look("result-incomplete-en");
    }

    @Test
    void the_lists_count_finished_assessments_show_labels_newest_first_and_compare_the_last_two_finished() {
        button("Start an interview").click();
        expectPath("assessment/step/company");
        page.navigate(app.url("consultant"));
        Locator listRow = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(client));
        assertThat(listRow).isVisible();
        // The client's only assessment is in progress: no score yet, and not a zero.
        assertThat(latestScoreInTheList(client)).isEqualTo("\u2013");

        page.navigate(clientPage);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("In progress")))
                .hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Continue the interview of "))).click();
        walkTheDefaultInterview("no");
        page.navigate(clientPage);
        button("Re-assess (start from the last answers)").click();
        expectPath("assessment/step/company");
        goToStep("Executive sponsor");
        answer("en", "executive-sponsor", "yes");
        expectAllSaved();
        button("Finish the interview").click();
        expectPath("assessment/result");
        page.navigate(clientPage);

        // Labels, not ids, and the newest first: the re-assessment, with a sponsor now, scores higher.
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("three-area")))
                .hasCount(0);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("One team for all three areas")).first()).isVisible();
        List<List<String>> rows = assessmentRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Finished"));
        assertThat(score(rows.get(0).get(2))).isGreaterThan(score(rows.get(1).get(2)));
        Locator before = page.getByLabel("Before");
        Locator after = page.getByLabel("After");
        assertThat(before).containsText(Pattern.compile(" \u00b7 Finished \u00b7 \\d+ / 100"));
        assertThat(after).containsText(Pattern.compile(" \u00b7 Finished \u00b7 \\d+ / 100"));
        button("Compare").click();
        assertThat(pageHeading()).hasText("Then and now");
        // The sponsor's area went up: its change reads "+N".
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Executive sponsor "))).getByText(Pattern.compile("^\\+\\d+$"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")).click();
        expectPath("consultant/clients/\\d+");
        page.navigate(app.url("consultant"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(client))).isVisible();
        assertThat(latestScoreInTheList(client)).matches("\\d+");
    }

    /** Answers every question asked in the default questionnaire's interview, then finishes it. */
    private void walkTheDefaultInterview(String sponsor) {
        expectPath("assessment/step/company");
        MerchantJourneyIT.SMALL_SHOP.get(0).forEach((question, value) -> answer("en", question, value));
        button("Next").click();
        MerchantJourneyIT.SMALL_SHOP.get(1).forEach((question, value) -> answer("en", question, value));
        button("Next").click();
        MerchantJourneyIT.SMALL_SHOP.get(2).forEach((question, value) -> answer("en", question, value));
        button("Next").click();
        expectPath("assessment/step/sponsorship");
        List.of("c-suite-backing", "checkpoint-meetings", "budget-approved", "leadership-priority")
                .forEach(question -> answer("en", question, MerchantJourneyIT.SMALL_SHOP.get(3).get(question)));
        answer("en", "executive-sponsor", sponsor);
        expectAllSaved();
        // Every question is answered, so the interview finishes without asking.
        button("Finish the interview").click();
        expectPath("assessment/result");
    }

    private void finishWithOpenQuestions() {
        goToStep("Executive sponsor");
        button("Finish the interview").click();
        button("Finish anyway").click();
        expectPath("assessment/result");
    }

    private void goToStep(String name) {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
                .click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The client page's assessments as shown, row by row: started, state, score, structure. */
    @SuppressWarnings("unchecked")
    private List<List<String>> assessmentRows() {
        return (List<List<String>>) page.locator("vaadin-grid.assessments").evaluate("""
                grid => [...grid.shadowRoot.querySelectorAll('tbody tr')]
                    .filter(row => !row.hidden && row.offsetHeight > 0)
                    .map(row => [...row.children].map(cell => {
                      const slot = cell.querySelector('slot');
                      const content = slot && slot.assignedElements()[0];
                      return content ? content.textContent.trim() : '';
                    }))""");
    }

    private static int score(String shown) {
        return Integer.parseInt(shown.replace(" / 100", ""));
    }

    /** The "Latest score" cell of the clients list in the row of the given organisation, as shown. */
    private String latestScoreInTheList(String organisation) {
        return (String) page.evaluate("""
                name => {
                  const grid = document.querySelector('vaadin-grid');
                  const header = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .find(cell => cell.textContent.trim() === 'Latest score');
                  const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .find(cell => cell.textContent === name);
                  const slotOf = content => grid.shadowRoot.querySelector('slot[name="' + content.slot + '"]');
                  const column = [...slotOf(header).closest('tr').children].indexOf(slotOf(header).closest('th'));
                  const td = slotOf(cell).closest('tr').children[column];
                  return td.querySelector('slot').assignedElements()[0].textContent;
                }""", organisation);
    }
}
