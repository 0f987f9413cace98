package org.readiness.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A consultant's day in a real browser: the administrator adds two consultants; the first logs in, adds a client,
 * interviews it with a note, re-assesses and compares; the second cannot open the first one's client.
 */
class ConsultantIT extends E2eTest {

    @Test
    void a_consultant_interviews_a_client_with_notes_compares_and_keeps_the_client_to_themselves() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String anna = "anna-" + suffix;
        String bo = "bo-" + suffix;
        login("admin", RunningApp.ADMIN_PASSWORD);
        expectPath("consultant");
        page.navigate(app.url("admin/consultants"));
        addConsultant(anna);
        addConsultant(bo);
        look("accounts-en");
        logout();

        login(anna, "a-long-password-1");
        expectPath("consultant");
        look("clients-empty-en");
        page.locator("vaadin-button.new-client").click();
        page.locator("vaadin-dialog-overlay vaadin-text-field").first().locator("input").fill("Växjö Verktyg AB");
        page.locator("vaadin-button.save-client").click();
        assertThat(page.locator("h1")).hasText("Växjö Verktyg AB");
        // Vaadin updates the address just after the page; wait for it before taking it.
        expectPath("consultant/clients/\\d+");
        assertThat(page.locator("vaadin-dialog-overlay")).isHidden();
        String clientUrl = page.url();
        look("client-en");
        page.locator("vaadin-button.start-interview").click();
        expectPath("assessment/step/company");
        assertThat(page.locator(".back-to-client")).isVisible();
        page.locator(".step-indicator a", new Page.LocatorOptions().setHasText("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");
        answer("en", "executive-sponsor", "no");
        page.locator(".question[data-question='executive-sponsor'] textarea").fill("The CEO wants a plan first.");
        page.locator(".question[data-question='executive-sponsor'] textarea").press("Tab");
        expectAllSaved();
        assertThat(page.locator(".talking-point").first()).isVisible();
        look("interview-en");
        page.locator("vaadin-button.next-button").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish anyway")).click();
        expectPath("assessment/result");
        page.locator("vaadin-details.why-area").first().click();
        assertThat(page.locator(".why-table").first()).isAttached();

        page.navigate(clientUrl);
        page.locator("vaadin-button.reassess").click();
        expectPath("assessment/step/company");
        page.locator(".step-indicator a", new Page.LocatorOptions().setHasText("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");
        answer("en", "executive-sponsor", "yes");
        expectAllSaved();
        page.navigate(clientUrl);
        look("client-with-assessments-en");
        page.locator("vaadin-button.compare").click();
        assertThat(page.locator("h1")).hasText("Then and now");
        // Both interviews were finished with required questions open: no score is compared, and the page says why.
        assertThat(page.locator("tr[data-area='overall']")).containsText("Incomplete");
        assertThat(page.getByText("Now: Not answered yet:")).isVisible();
        assertThat(page.locator("ul.changed-answers li[data-question='executive-sponsor']")).isVisible();
        assertThat(page.locator("ul.actions-done li[data-action='find-executive-sponsor']")).isVisible();
        look("comparison-en");
        logout();

        login(bo, "a-long-password-2");
        expectPath("consultant");
        page.navigate(clientUrl);
        assertThat(page.locator("h1")).hasText("We could not find that page");
    }

    @Test
    void the_consultant_pages_speak_swedish_and_pass_the_accessibility_checks() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        login("admin", RunningApp.ADMIN_PASSWORD);
        expectPath("consultant");
        assertThat(page.locator("h1")).hasText("Dina kunder");
        page.locator("vaadin-button.new-client").click();
        page.locator("vaadin-dialog-overlay vaadin-text-field").first().locator("input").fill("Åre Cykel & Skidor");
        page.locator("vaadin-button.save-client").click();
        assertThat(page.locator("h1")).hasText("Åre Cykel & Skidor");
        expectPath("consultant/clients/\\d+");
        assertThat(page.locator("vaadin-dialog-overlay")).isHidden();
        look("client-sv");
        page.locator("vaadin-button.start-interview").click();
        expectPath("assessment/step/company");
        assertThat(page.locator(".talking-point").first()).containsText("Att ta upp");
        look("interview-sv");
        page.navigate(app.url("consultant"));
        assertThat(page.locator("table.distribution")).isVisible();
        look("clients-sv");
        page.navigate(app.url("admin/consultants"));
        assertThat(page.locator("h1")).hasText("Konsulter och administratörer");
        look("accounts-sv");
    }

    private void logout() {
        page.locator(".consultant-bar vaadin-button").click();
        expectPath("");
    }

    private void addConsultant(String username) {
        page.locator(".accounts-view vaadin-text-field").nth(0).locator("input").fill(username);
        page.locator(".accounts-view vaadin-text-field").nth(1).locator("input").fill(username.toUpperCase());
        page.locator(".accounts-view vaadin-password-field input")
                .fill(username.startsWith("anna") ? "a-long-password-1" : "a-long-password-2");
        page.locator(".accounts-view vaadin-button", new Page.LocatorOptions().setHasText("Add")).click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username)).first())
                .isVisible();
    }
}
