package org.readiness.e2e;

import com.microsoft.playwright.Locator;
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
        assertThat(page.locator("vaadin-button.start-button")).isVisible();
        tabTo("vaadin-button.start-button");
        page.keyboard().press("Enter");
        expectPath("assessment/step/company");

        // Arrow keys move the choice within a radio group; Shift+Tab goes back to the field before.
        tabTo(".question[data-question='company-size'] input");
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown");
        assertThat(focusedValueOf("company-size")).isTrue();
        tabTo(".question[data-question='business-model'] input");
        page.keyboard().press("Shift+Tab");
        assertThat(isFocusWithin(".question[data-question='company-size']")).isTrue();

        for (String step : List.of("company", "experience", "technology", "sponsorship")) {
            expectPath("assessment/step/" + step);
            answerEveryShownQuestionWithTheKeyboard();
            tabTo("vaadin-button.next-button");
            page.keyboard().press("Enter");
        }
        expectPath("assessment/review");
        tabTo("vaadin-button.show-result");
        page.keyboard().press("Enter");
        expectPath("assessment/result");
        assertThat(page.locator(".overall-score")).hasText(java.util.regex.Pattern.compile("\\d+"));
    }

    private void answerEveryShownQuestionWithTheKeyboard() {
        for (int i = 0; i < page.locator(".question").count(); i++) {
            Locator question = page.locator(".question").nth(i);
            if (!question.isVisible()) {
                continue;
            }
            String id = question.getAttribute("data-question");
            if (question.locator("textarea").count() > 0) {
                tabTo(".question[data-question='" + id + "'] textarea");
                page.keyboard().type("Typed with the keyboard");
            } else if (question.locator("vaadin-radio-group[has-value]").count() == 0
                    && question.locator("vaadin-checkbox[checked]").count() == 0) {
                tabTo(".question[data-question='" + id + "'] input");
                page.keyboard().press("Space");
            }
        }
    }

    /** Presses Tab until the element matching the selector (or something inside it) has the focus. */
    private void tabTo(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (isFocusWithin(selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses; focus is on "
                + page.evaluate("document.activeElement && document.activeElement.outerHTML.substring(0, 200)"));
    }

    private boolean isFocusWithin(String selector) {
        return (Boolean) page.evaluate("selector => [...document.querySelectorAll(selector)]"
                + ".some(element => element === document.activeElement || element.contains(document.activeElement))",
                selector);
    }

    private boolean focusedValueOf(String questionId) {
        return isFocusWithin(".question[data-question='" + questionId + "']");
    }
}
