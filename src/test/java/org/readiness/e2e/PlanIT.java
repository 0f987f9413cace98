package org.readiness.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: from a result to a plan. A consultant finishes an interview, makes the plan (owners, dates, who owns
 * what), watches the projection move as actions are ticked, takes the meetings to a calendar and the plan as a PDF,
 * holds a checkpoint with notes, re-assesses and sees a done action whose answer did not change flagged; a merchant
 * makes their own plan and finds it again from the resume link, in Swedish.
 */
class PlanIT extends E2eTest {

    /** A mid-sized company with gaps in every area, so that most actions trigger. */
    static final List<Map<String, Object>> GROWING_SHOP = List.of(
            inOrder("company-size", "51-250", "business-model", "b2c", "digital-team-size", "6-15"),
            inOrder("experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions"),
                    "customer-needs", "3", "customer-service-involved", "no"),
            inOrder("platforms", List.of("erp"), "it-from-day-one", "later", "technology-owner", "yes",
                    "erp-technicians", "partner", "back-office-readiness", "being-prepared", "integration-plan", "no"),
            inOrder("executive-sponsor", "yes", "c-suite-backing", "several", "checkpoint-meetings", "ad-hoc",
                    "budget-approved", "approved", "leadership-priority", "4"));
    /** Opening a result's plan the first time makes it: a page that may take longer on a busy machine. */
    private static final double MAKING_A_PLAN = 30_000;
    private static final String CHECKPOINTS = "Schedule recurring checkpoint meetings with the leadership";

    @Test
    void a_consultant_plans_with_a_client_holds_a_checkpoint_and_sees_a_done_action_that_changed_nothing()
            throws Exception {
        String client = "Plan " + UUID.randomUUID().toString().substring(0, 8);
        login("admin", RunningApp.ADMIN_PASSWORD);
        String clientPage = addClient(client);
        button("Start an interview").click();
        interview();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a plan")).click();
        expectPath("consultant/plan/\\d+", MAKING_A_PLAN);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plan with " + client)))
                .isVisible();

        // The overall row: "Overall", today's score and, last, the projection.
        Locator projected = region("Today and once the plan is done").getByRole(AriaRole.ROW,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Overall "))).getByRole(AriaRole.CELL).last();
        // Suggested: the cheapest way to "Ready", the touchpoints' owners (medium) and the checkpoints (small).
        Locator checkpoints = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(CHECKPOINTS));
        assertThat(checkpoints).isChecked();
        assertThat(projected).hasText("73 \u00b7 Ready (+11)");
        checkpoints.uncheck();
        assertThat(projected).hasText("69 \u00b7 On the way (+7)");
        checkpoints.check();
        assertThat(projected).hasText("73 \u00b7 Ready (+11)");
        assertThat(page.getByText("Next band: Ready (from 70)")).isVisible();

        page.getByLabel("Owner of: " + CHECKPOINTS, new Page.GetByLabelOptions().setExact(true)).fill("Anna Berg");
        page.keyboard().press("Enter");
        page.getByLabel("Due date of: " + CHECKPOINTS, new Page.GetByLabelOptions().setExact(true)).fill("3/1/2027");
        page.keyboard().press("Enter");
        page.getByLabel("Status of: " + CHECKPOINTS, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Done")).click();
        waitForStored("schedule-checkpoints", "Anna Berg", "2027-03-01", "DONE");

        // The people start as the recommended owners, one per area, named by their titles until named.
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Name of "))))
                .hasCount(3);
        Locator firstPerson = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Name of VP of Digital Strategy")));
        firstPerson.fill("Eva Ek");
        firstPerson.press("Tab");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Eva Ek"))).isVisible();
        assertThat(page.getByText("Every row has exactly one person accountable.")).isVisible();
        Locator cell = page.getByLabel("Technology - Eva Ek", new Page.GetByLabelOptions().setExact(true));
        cell.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("A").setExact(true)).click();
        assertThat(page.getByText(Pattern.compile("^Technology: more than one is accountable"))).isVisible();
        cell.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("C").setExact(true)).click();
        assertThat(page.getByText("Every row has exactly one person accountable.")).isVisible();
        look("plan-en");
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-top-en-1280.png")));

        page.getByLabel("First meeting").fill("2/1/2027");
        page.keyboard().press("Enter");
        button("Save the meetings").click();
        Download ics = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Add the meetings to your calendar (.ics)")).click());
        Calendar calendar;
        try (FileInputStream in = new FileInputStream(ics.path().toFile())) {
            calendar = new CalendarBuilder().build(in);
        }
        VEvent series = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(series.<RRule<?>>getProperty("RRULE").orElseThrow().getValue())
                .isEqualTo("FREQ=WEEKLY;COUNT=12;INTERVAL=4");
        assertThat(series.getSummary().orElseThrow().getValue()).contains(client);

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the plan (PDF)")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(client, CHECKPOINTS, "Anna Berg", "2027-03-01", "Eva Ek", "Who owns what");
        }

        checkpoint(client);
        reassessAndSeeTheFlag(clientPage);
    }

    private void checkpoint(String client) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Checkpoint "))).first()
                .click();
        expectPath("consultant/plan/\\d+/checkpoint/2027-02-01");
        assertThat(page.getByText("Client: " + client)).isVisible();
        assertThat(region("Due before the next checkpoint")).containsText("Nothing.");
        Locator notes = page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true));
        notes.fill("Budget for the ERP partner agreed; Anna books the meetings.");
        page.getByLabel("Decisions", new Page.GetByLabelOptions().setExact(true)).fill("Start the integration plan.");
        assertThat(saveStatus()).hasText("All notes saved", new LocatorAssertions.HasTextOptions().setUseInnerText(true));
        page.reload();
        assertThat(page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Budget for the ERP partner agreed; Anna books the meetings.");
        look("checkpoint-en");
        Download minutes = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the agenda and minutes (PDF)")).click());
        assertThat(minutes.suggestedFilename()).isEqualTo("checkpoint-2027-02-01.pdf");
    }

    private void reassessAndSeeTheFlag(String clientPage) {
        page.navigate(clientPage);
        button("Re-assess (start from the last answers)").click();
        expectPath("assessment/step/\\w+");
        finishInterview();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a plan")).click();
        expectPath("consultant/plan/\\d+", MAKING_A_PLAN);
        assertThat(didItWork(CHECKPOINTS)).hasText(CHECKPOINTS + ": done, but the answer has not changed");
        look("plan-reassessed-en");
        // The new plan carries the meetings on; its checkpoint flags the action too, beside a trend of two.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Checkpoint "))).first()
                .click();
        expectPath("consultant/plan/\\d+/checkpoint/2027-02-01");
        assertThat(didItWork(CHECKPOINTS)).hasText(CHECKPOINTS + ": done, but the answer has not changed");
        // Two assessments, three areas: a dot for each on the chart, which has no text of its own for them.
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Score trend per area"))
                .locator("circle")).hasCount(6);
        look("checkpoint-reassessed-en");

        page.navigate(clientPage);
        button("Compare").click();
        expectPath("consultant/compare/\\d+/\\d+");
        assertThat(didItWork(CHECKPOINTS)).hasText(CHECKPOINTS + ": done, but the answer has not changed");
    }

    @Test
    void a_merchant_makes_their_own_plan_and_finds_it_again_from_the_resume_link_in_swedish() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        page.navigate(app.url(""));
        page.getByText("Starta bedömningen").click();
        for (Map<String, Object> step : GROWING_SHOP) {
            step.forEach((question, value) -> answer("sv", question, value));
            clickNext();
        }
        expectPath("assessment/review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se resultatet")).click();
        expectPath("assessment/result");
        String link = resumeLink().inputValue();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gör en plan")).click();
        expectPath("plan/[A-Za-z0-9_-]{43}", MAKING_A_PLAN);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Din plan"))).isVisible();
        Locator service = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Ge kundtjänst en plats i projektet"));
        assertThat(service).not().isChecked();
        service.check();
        // A chosen action opens its details: who owns it, by when.
        assertThat(page.getByLabel("Ansvarig för: Ge kundtjänst en plats i projektet")).isVisible();
        page.waitForCondition(() -> !stored("involve-customer-service").isEmpty());
        look("plan-sv");

        BrowserContext other = newContext("sv-SE");
        Page again = other.newPage();
        again.navigate(link);
        assertThat(again).hasURL(Pattern.compile(".*/assessment/result$"));
        again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna planen")).click();
        assertThat(again.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Ge kundtjänst en plats i projektet"))).isChecked();
        other.close();
    }

    private void interview() {
        for (int i = 0; i < GROWING_SHOP.size(); i++) {
            GROWING_SHOP.get(i).forEach((question, value) -> answer("en", question, value));
            expectAllSaved();
            if (i < GROWING_SHOP.size() - 1) {
                clickNext();
            }
        }
        finishInterview();
    }

    /** Finishes on the last step; should the page ask about questions not discussed, finishes anyway. */
    private void finishInterview() {
        if (!page.url().endsWith("assessment/step/sponsorship")) {
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Executive sponsor")).click();
            expectPath("assessment/step/sponsorship");
        }
        button("Finish the interview").click();
        Locator anyway = button("Finish anyway");
        page.waitForCondition(() -> page.url().endsWith("assessment/result") || anyway.isVisible());
        if (anyway.isVisible()) {
            anyway.click();
        }
        expectPath("assessment/result");
    }

    /** Waits until the database holds the action's owner, due date and status as given on the page. */
    private void waitForStored(String actionId, String owner, String due, String status) {
        page.waitForCondition(() -> List.of(owner, due, status).equals(stored(actionId)));
    }

    private List<String> stored(String actionId) {
        try (Connection database = app.database();
             PreparedStatement query = database.prepareStatement("SELECT owner_name, due_date, status FROM plan_action "
                     + "WHERE action_id = ? ORDER BY plan_id DESC")) {
            query.setString(1, actionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? List.of(String.valueOf(rows.getString(1)), String.valueOf(rows.getString(2)),
                        rows.getString(3)) : List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line of "Did it work?" about an action done in the plan before. */
    private Locator didItWork(String action) {
        return region("Did it work?").getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText(action));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
