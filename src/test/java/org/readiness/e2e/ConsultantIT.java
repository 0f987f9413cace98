package org.readiness.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

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
        // A consultant's role does not open the administrator's page: it tells nothing, as for an unknown address.
        page.navigate(app.url("admin/consultants"));
        assertThat(pageHeading()).hasText("We could not find that page");
        page.navigate(app.url("consultant"));
        String clientUrl = newClient("en", "Växjö Verktyg AB");
        look("client-en");
        buttonNamed("Start an interview").click();
        expectPath("assessment/step/company");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")))
                .isVisible();
        goToTheSponsorStep();
        answer("en", "executive-sponsor", "no");
        Locator note = page.getByLabel("Your note on: " + question("en", "executive-sponsor").get("text").asText());
        note.fill("The CEO wants a plan first.");
        note.press("Tab");
        expectAllSaved();
        assertThat(page.getByText("Talking point:").first()).isVisible();
        look("interview-en");
        buttonNamed("Finish the interview").click();
        buttonNamed("Finish anyway").click();
        expectPath("assessment/result");
        Locator why = region("Why this score");
        why.getByRole(AriaRole.BUTTON).first().click();
        assertThat(why.getByRole(AriaRole.TABLE).first()).isAttached();

        page.navigate(clientUrl);
        buttonNamed("Re-assess (start from the last answers)").click();
        expectPath("assessment/step/company");
        goToTheSponsorStep();
        answer("en", "executive-sponsor", "yes");
        expectAllSaved();
        page.navigate(clientUrl);
        look("client-with-assessments-en");
        buttonNamed("Compare").click();
        assertThat(pageHeading()).hasText("Then and now");
        // Both interviews were finished with required questions open: no score is compared, and the page says why.
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^Overall "))))
                .containsText("Incomplete");
        assertThat(page.getByText("Now: Not answered yet:")).isVisible();
        assertThat(list("Answers that changed").getByText(question("en", "executive-sponsor").get("text").asText()))
                .isVisible();
        assertThat(list("Next steps done (no longer needed)").getByText("Find an executive sponsor",
                new Locator.GetByTextOptions().setExact(true))).isVisible();
        look("comparison-en");
        logout();

        login(bo, "a-long-password-2");
        expectPath("consultant");
        page.navigate(clientUrl);
        assertThat(pageHeading()).hasText("We could not find that page");
    }

    @Test
    void the_consultant_pages_speak_swedish_and_pass_the_accessibility_checks() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        login("admin", RunningApp.ADMIN_PASSWORD);
        expectPath("consultant");
        assertThat(pageHeading()).hasText("Dina kunder");
        newClient("sv", "Åre Cykel & Skidor");
        look("client-sv");
        buttonNamed("Starta en intervju").click();
        expectPath("assessment/step/company");
        assertThat(page.getByText("Att ta upp:").first()).isVisible();
        look("interview-sv");
        page.navigate(app.url("consultant"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Antal kunder per nivå, enligt den senaste bedömningen"))).isVisible();
        look("clients-sv");
        page.navigate(app.url("admin/consultants"));
        assertThat(pageHeading()).hasText("Konsulter och administratörer");
        look("accounts-sv");
    }

    private void logout() {
        buttonNamed("Log out").click();
        expectPath("");
    }

    private void goToTheSponsorStep() {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Executive sponsor")).click();
        expectPath("assessment/step/sponsorship");
    }

    /** A list named by the heading over it. */
    private Locator list(String name) {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void addConsultant(String username) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(username.toUpperCase());
        page.getByLabel("First password", new Page.GetByLabelOptions().setExact(true))
                .fill(username.startsWith("anna") ? "a-long-password-1" : "a-long-password-2");
        buttonNamed("Add").click();
        assertThat(page.getByText(username, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
    }
}
