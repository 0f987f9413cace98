package org.readiness.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The questionnaire studio in a real browser: an administrator makes a consultant an author; the author copies the
 * bundled questionnaire, changes it, tries it and publishes it; merchants' new assessments use the new version while
 * an old one keeps its own.
 */
class StudioIT extends E2eTest {

    static final String PASSWORD = "an-author-password-7";

    @Test
    void an_author_writes_tries_and_publishes_a_questionnaire() {
        String author = "author-" + UUID.randomUUID().toString().substring(0, 6);
        login("admin", RunningApp.ADMIN_PASSWORD);
        page.navigate(app.url("admin/consultants"));
        addConsultant(author);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make " + author + " an author")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Take author from " + author))).isVisible();
        logout();

        login(author, PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Questionnaire studio")).click();
        expectPath("studio");
        look("studio-en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Make an editable copy of " + QUESTIONNAIRE + " "))).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the draft")).click();
        expectPath("studio/drafts/\\d+");
        assertThat(page.locator(".problem-list h2")).hasText("No problems: --validate accepts this file.");
        assertThat(page.locator(".cm-content")).containsText("\"id\": \"" + QUESTIONNAIRE + "\"");
        look("studio-draft-en");
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
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
