package org.readiness.e2e;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16.13: the Swedish pages say "du" to the user on every page a merchant sees, never "ni". */
class SwedishVoiceIT extends E2eTest {

    private static final Pattern NI = Pattern.compile("(?iU)(?<!\\w)(ni|er|era|ert)(?!\\w)");

    @Test
    void every_swedish_page_of_a_merchants_walk_says_du_and_words_the_result_as_a_native_speaker_does() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        List<String> found = new ArrayList<>();

        page.navigate(app.url(""));
        collect("startsidan", found);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta bedömningen")).click();
        String[] steps = {"company", "experience", "technology", "sponsorship"};
        for (int i = 0; i < steps.length; i++) {
            expectPath("assessment/step/" + steps[i]);
            MerchantJourneyIT.SMALL_SHOP.get(i).forEach((question, value) -> answer("sv", question, value));
            collect("steg " + steps[i], found);
            clickNext();
        }
        expectPath("assessment/review");
        collect("granskningen", found);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se resultatet")).click();
        expectPath("assessment/result");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ditt resultat").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sammanlagd beredskap")))
                .isVisible();
        assertThat(page.getByText("Dela den inte med andra.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.locator("vaadin-details.why-area").first().click();
        collect("resultatet", found);

        assertThat(found).as("\"ni\", \"er\", \"era\" or \"ert\" on the Swedish pages").isEmpty();
    }

    private void collect(String pageName, List<String> found) {
        assertThat(page).hasTitle(Pattern.compile(".+"));
        String text = page.locator("body").innerText();
        Matcher matcher = NI.matcher(text);
        while (matcher.find()) {
            int start = Math.max(0, matcher.start() - 40);
            found.add(pageName + ": …" + text.substring(start, Math.min(text.length(), matcher.end() + 40)) + "…");
        }
    }
}
