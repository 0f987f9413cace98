package org.readiness.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.file.ValidateCommand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire studio in a real browser, on an instance of its own (publishing changes what every merchant is
 * asked): an administrator makes a consultant an author; the author copies the bundled questionnaire, adds a question
 * with a condition and points in both languages, sees a refused edit explained at the item, tries the draft in the
 * preview and the sample run, sees which finished assessments would change band and publishes; a merchant's new
 * assessment gets the new version while an old one keeps its own; a second tab's stale save is refused; the exported
 * file passes --validate.
 */
class StudioIT extends E2eTest {

    static final String PASSWORD = "an-author-password-7";
    static final String NEW_QUESTION = "sponsor-meets-weekly";
    private static RunningApp own;

    @Override
    RunningApp appUnderTest() {
        return ownInstance();
    }

    private static synchronized RunningApp ownInstance() {
        if (System.getProperty("app.url") != null) {
            return RunningApp.get();
        }
        if (own == null) {
            try {
                own = RunningApp.startOn(Files.createTempDirectory("readiness-studio-e2e"),
                        "--readiness.questionnaires.dir=" + Path.of("questionnaires").toAbsolutePath());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return own;
    }

    @Test
    void an_author_writes_tries_and_publishes_a_questionnaire() throws IOException {
        page.navigate(app.url(""));
        String oldToken = startAndGiveSixAnswers(app::url);
        String oldVersion = versionOf(oldToken);
        String newVersion = nextMinor(oldVersion);
        String author = "author-" + UUID.randomUUID().toString().substring(0, 6);
        login("admin", RunningApp.ADMIN_PASSWORD);
        page.navigate(app.url("admin/consultants"));
        addConsultant(author);
        button("Make " + author + " an author").click();
        assertThat(button("Take author from " + author)).isVisible();
        logout();

        login(author, PASSWORD);
        finishAnInterviewWithFullSponsorship();
        page.navigate(app.url("consultant"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Questionnaire studio")).click();
        expectPath("studio");
        lookHere("studio-en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Make an editable copy of " + QUESTIONNAIRE + " "))).first().click();
        button("Make the draft").click();
        expectPath("studio/drafts/\\d+");
        String draftUrl = page.url();
        String draftId = draftUrl.replaceAll(".*/", "");
        assertThat(page.locator(".problem-list h2")).hasText("No problems: --validate accepts this file.");
        assertThat(page.locator(".json-editor .cm-content")).containsText("\"id\": \"" + QUESTIONNAIRE + "\"");
        Page second = context.newPage();
        second.navigate(draftUrl);
        assertThat(second.locator(".problem-list h2")).isVisible();
        // Back to the first tab, as a person switches tabs: a browser paints only the tab in front (in the background
        // the page gets no frames, and a screenshot waits for one that does not come).
        page.bringToFront();

        addTheQuestion(draftId);
        lookHere("studio-draft-en");
        tryThePreviewAndTheSampleRun();
        seeWhatMovesAndPublish(newVersion);

        assertThat(versionOf(oldToken)).isEqualTo(oldVersion);
        assertThat(versionOf(aMerchantStartsAnAssessment())).isEqualTo(newVersion);
        assertThat(getJson(app.url("api/questionnaires/" + QUESTIONNAIRE)).get("version").asText())
                .isEqualTo(newVersion);
        assertThat(getJson(app.url("api/questionnaires/" + QUESTIONNAIRE)).toString()).contains(NEW_QUESTION);
        theSecondTabsStaleSaveIsRefused(second);
        theExportedFilePassesValidate(newVersion);
    }

    @Test
    void the_studio_speaks_swedish_and_passes_the_accessibility_checks() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        login("admin", RunningApp.ADMIN_PASSWORD);
        page.navigate(app.url("studio"));
        assertThat(page.locator("h1")).hasText("Frågeformulärsstudio");
        lookHere("studio-sv");
        button("Nytt tomt frågeformulär").click();
        page.getByLabel("Frågeformulärets id").fill("svenskt-prov");
        button("Skapa utkastet").click();
        expectPath("studio/drafts/\\d+");
        assertThat(page.locator(".problem-list h2")).hasText("Inga problem: --validate godkänner filen.");
        lookHere("studio-draft-sv");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Förhandsvisning")).click();
        assertThat(page.locator(".preview-pane h2").first()).hasText("Första steget");
        lookHere("studio-preview-sv");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Översättningar")).click();
        assertThat(page.locator(".translations-pane vaadin-grid")).containsText("Nytt frågeformulär");
        lookHere("studio-texts-sv");
    }

    @Test
    void a_text_typed_just_before_the_tab_closes_is_not_lost() {
        login("admin", RunningApp.ADMIN_PASSWORD);
        page.navigate(app.url("studio"));
        button("New empty questionnaire").click();
        page.getByLabel("Questionnaire id").fill("last-moment");
        button("Make the draft").click();
        expectPath("studio/drafts/\\d+");
        String draftId = page.url().replaceAll(".*/", "");
        chooseInOutline("How many people work in your digital team?", "Question: team-size");
        field("Question (en)").fill("How many people build your shop?");
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));

        Page later = context.newPage();
        later.waitForCondition(() -> draftFile(draftId).contains("How many people build your shop?"));
        assertThat(draftFile(draftId)).contains("Hur många personer finns i ditt digitala team?");
    }

    private void finishAnInterviewWithFullSponsorship() {
        addClient("Studio Verktyg AB");
        page.locator("vaadin-button.start-interview").click();
        expectPath("assessment/step/company");
        page.locator(".step-indicator a", new Page.LocatorOptions().setHasText("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");
        answer("en", "executive-sponsor", "yes");
        answer("en", "c-suite-backing", "whole");
        answer("en", "checkpoint-meetings", "recurring");
        answer("en", "budget-approved", "approved");
        answer("en", "leadership-priority", "5");
        expectAllSaved();
        button("Finish the interview").click();
        button("Finish anyway").click();
        expectPath("assessment/result");
    }

    private void addTheQuestion(String draftId) {
        chooseInOutline("Step: Executive sponsor", "Step: sponsorship");
        button("Add a question").click();
        chooseInOutline("new-question-1", "Question: new-question-1");
        field("Id").fill(NEW_QUESTION);
        field("Question (en)").fill("Does the sponsor meet the team every week?");
        field("Question (sv)").fill("Träffar sponsorn teamet varje vecka?");
        page.getByLabel("Area it scores").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("sponsorship")).click();
        field("Points for “Yes”").fill("10");
        field("Points for “No”").fill("0");
        field("Shown only when (condition)").fill("{\"question\": \"no-such-question\", \"equals\": \"yes\"}");
        assertThat(page.locator(".field-box[data-pointer$='/visibleIf'] .field-problem"))
                .containsText("the condition names question \"no-such-question\"");
        lookHere("studio-refused-en");
        field("Shown only when (condition)").fill("{\"question\": \"executive-sponsor\", \"equals\": \"yes\"}");
        assertThat(page.locator(".problem-list h2")).hasText("No problems: --validate accepts this file.");
        page.waitForCondition(() -> draftFile(draftId).contains("\"executive-sponsor\"")
                && draftFile(draftId).contains("Träffar sponsorn teamet varje vecka?")
                && draftFile(draftId).contains("\"yes\": 10"));
    }

    private void tryThePreviewAndTheSampleRun() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Preview")).click();
        Locator preview = page.locator(".preview-pane");
        preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Executive sponsor")).click();
        Locator newQuestion = preview.locator(".question[data-question='" + NEW_QUESTION + "']");
        assertThat(newQuestion).isHidden();
        preview.locator(".question[data-question='executive-sponsor']").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("Yes").setExact(true)).check();
        assertThat(newQuestion).isVisible();
        assertThat(newQuestion).containsText("Does the sponsor meet the team every week?");
        assertThat(preview.locator(".preview-area, [data-area='sponsorship']").first()).containsText("Executive sponsor");
        lookHere("studio-preview-en");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sample run")).click();
        button("Run 10,000 random answer sets").click();
        assertThat(page.locator(".sample-run")).containsText("Done in");
        assertThat(page.locator(".sample-run table").first()).containsText("Not ready yet");
        lookHere("studio-sample-en");
    }

    private void seeWhatMovesAndPublish(String newVersion) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Before publishing")).click();
        button("Check what would move").click();
        assertThat(page.locator(".what-moves [role='status']"))
                .hasText("1 finished assessment: 1 would change band, 0 would change structure.");
        assertThat(page.locator(".what-moves vaadin-grid")).containsText("Studio Verktyg AB");
        lookHere("studio-moves-en");
        button("Publish…").click();
        assertThat(page.getByLabel("Version number")).hasValue(newVersion);
        button("Publish").click();
        assertThat(page.locator("vaadin-notification-card"))
                .containsText("Published " + QUESTIONNAIRE + " " + newVersion);
    }

    private void theSecondTabsStaleSaveIsRefused(Page second) {
        second.bringToFront();
        second.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Step: Executive sponsor"))
                .click();
        assertThat(second.locator(".item-form h2")).hasText("Step: sponsorship");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a question")).click();
        assertThat(second.locator(".studio-save-status")).containsText("Not saved:");
        assertThat(second.locator(".stale")).containsText("Your change was not saved");
        assertThat(second.locator(".stale")).containsText("questions/" + NEW_QUESTION);
        second.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("studio-stale-en-1280.png")));
        page.bringToFront();
    }

    private void theExportedFilePassesValidate(String newVersion) throws IOException {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("JSON")).click();
        Download download = page.waitForDownload(() -> page.getByText("Export the file").click());
        Path file = Path.of("target", "studio-export", QUESTIONNAIRE + ".json");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(new String[] {ValidateCommand.FLAG, file.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("OK   " + QUESTIONNAIRE + " " + newVersion);
        assertThat(exit).isZero();
    }

    /** Axe on the page as it is, and a screenshot of what the window shows at 1280 px. */
    private void lookHere(String name) {
        expectAccessible(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-1280.png")));
    }

    private String draftFile(String draftId) {
        return context.request().get(app.url("api/studio/drafts/" + draftId + "/file")).text();
    }

    /**
     * Chooses a line of the outline as a person does: scrolled to first, then clicked. The outline's rows are drawn
     * as they scroll into view, each reusing a cell that showed another line, so a cell found before the scroll can
     * show another line by the time it is clicked.
     */
    /**
     * Chooses an outline line as a person does, scrolled to first, and clicks again if the form did not follow: the
     * outline's rows reuse their cells and settle their heights after a change, so a click in the moment after one can
     * land on the line that was there (seen in CI: the click after "Add a question" went to the step above).
     */
    private void chooseInOutline(String text, String formHeading) {
        Locator heading = page.locator(".item-form h2");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            outline(text).scrollIntoViewIfNeeded();
            assertThat(outline(text)).isInViewport();
            outline(text).click();
            try {
                assertThat(heading).hasText(formHeading, new LocatorAssertions.HasTextOptions().setTimeout(5_000));
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private Locator outline(String text) {
        return page.locator(".outline-pane vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }

    private Locator field(String label) {
        return page.locator(".item-form").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    void logout() {
        page.locator(".consultant-bar vaadin-button").click();
        expectPath("");
    }

    void addConsultant(String username) {
        page.locator(".accounts-view vaadin-text-field").nth(0).locator("input").fill(username);
        page.locator(".accounts-view vaadin-text-field").nth(1).locator("input").fill(username.toUpperCase());
        page.locator(".accounts-view vaadin-password-field input").fill(PASSWORD);
        page.locator(".accounts-view vaadin-button", new Page.LocatorOptions().setHasText("Add")).click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username)).first())
                .isVisible();
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The number a change of scoring gets: the middle part up, the last 0 (1.2.0 → 1.3.0). */
    private static String nextMinor(String version) {
        String[] parts = version.split("\\.");
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0";
    }

    /** The version of the questionnaire a stored assessment was answered under, read back through the API. */
    private String versionOf(String token) {
        return getJson(app.url("api/assessments/" + token)).at("/evaluation/questionnaire/version").asText();
    }

    /** A merchant in a browser of their own starts an assessment; returns its token. */
    private String aMerchantStartsAnAssessment() {
        Page author = page;
        var merchant = newContext("en-GB");
        try {
            page = merchant.newPage();
            page.navigate(app.url(""));
            return startAndGiveSixAnswers(app::url);
        } finally {
            page = author;
            merchant.close();
        }
    }
}
