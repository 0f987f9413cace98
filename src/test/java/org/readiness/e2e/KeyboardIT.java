package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole wizard with the keyboard alone: Tab, Shift+Tab, Space, Enter and the arrow keys. */
class KeyboardIT extends E2eTest {

    private static final int MAX_TABS = 60;

    @Test
    void the_whole_wizard_can_be_done_with_the_keyboard_alone() {
        page.navigate(app.url(""));
        Locator start = buttonNamed("Start the assessment");
        assertThat(start).isVisible();
        tabTo(start);
        page.keyboard().press("Enter");
        expectPath("assessment/step/company");

        // Arrow keys move the choice within a radio group; Shift+Tab goes back to the field before.
        Locator companySize = questionField(page, "en", "company-size");
        tabTo(companySize);
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown");
        assertThat(hasFocusWithin(companySize)).isTrue();
        tabTo(questionField(page, "en", "business-model"));
        page.keyboard().press("Shift+Tab");
        assertThat(hasFocusWithin(companySize)).isTrue();

        for (String step : List.of("company", "experience", "technology", "sponsorship")) {
            expectPath("assessment/step/" + step);
            answerEveryShownQuestionWithTheKeyboard(step);
            tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Words.either("wizard.next", "wizard.to-review"))));
            page.keyboard().press("Enter");
        }
        expectPath("assessment/review");
        tabTo(buttonNamed("See the result"));
        page.keyboard().press("Enter");
        expectPath("assessment/result");
        assertThat(overallScore("en")).hasText(java.util.regex.Pattern.compile("\\d+"));
    }

    /** Each question of the step the page shows (some only after another's answer) and has no answer yet. */
    private void answerEveryShownQuestionWithTheKeyboard(String stepId) {
        JsonNode questions = step(stepId).get("questions");
        // The step's first question is always asked: once it is there, the page shows the step.
        assertThat(questionField(page, "en", questions.get(0).get("id").asText())).isVisible();
        for (JsonNode question : questions) {
            Locator field = questionField(page, "en", question.get("id").asText());
            if (!field.isVisible()) {
                continue;
            }
            if ("text".equals(question.get("type").asText())) {
                tabTo(field);
                page.keyboard().type("Typed with the keyboard");
            } else if (checked(field, AriaRole.RADIO).count() == 0 && checked(field, AriaRole.CHECKBOX).count() == 0) {
                tabTo(field);
                page.keyboard().press("Space");
            }
        }
    }

    private JsonNode step(String stepId) {
        for (JsonNode step : definition("en").get("steps")) {
            if (step.get("id").asText().equals(stepId)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step " + stepId);
    }

    private static Locator checked(Locator field, AriaRole role) {
        return field.getByRole(role, new Locator.GetByRoleOptions().setChecked(true));
    }

    /** Presses Tab until the element (or something inside it) has the focus. */
    private void tabTo(Locator target) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (hasFocusWithin(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target + " in " + MAX_TABS + " presses; focus is on "
                + page.evaluate("document.activeElement && document.activeElement.outerHTML.substring(0, 200)"));
    }

    private static boolean hasFocusWithin(Locator target) {
        return (Boolean) target.evaluate(
                "element => element === document.activeElement || element.contains(document.activeElement)");
    }
}
