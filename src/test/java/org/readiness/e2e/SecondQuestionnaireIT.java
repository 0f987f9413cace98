package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16.14: a second questionnaire, written from the format guide alone (four areas, other band ids, five
 * steps), shown as itself on the start page, through the steps, on the result and on the score card.
 */
class SecondQuestionnaireIT extends E2eTest {

    private static final String TITLE = "Ready to sell in every channel?";

    @Test
    void a_second_questionnaire_is_walked_and_shown_as_itself_from_the_start_page_to_the_pdf() throws Exception {
        page.navigate(app.url(""));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(TITLE)).check();
        Locator about = region(TITLE);
        assertThat(about.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(TITLE))).isVisible();
        assertThat(about).containsText("how well your shops, web shop and systems work as one");
        assertThat(about).containsText("It takes about 6 minutes.");
        assertThat(about).not().containsText("Executive sponsor");
        look("start-second-questionnaire-en");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();
        expectPath("assessment/step/about");
        assertThat(page.getByText("Step 1 of 5")).isVisible();
        choose("How many physical stores do you run?", "4–20");
        clickNext();
        choose("Do you see a customer's store and web purchases in one place?", "No");
        choose("How often do you act on customer feedback?", "4");
        clickNext();
        choose("How quickly does the web shop see a sale in a store?", "Within the hour");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Point of sale")).check();
        clickNext();
        choose("Can customers collect web orders in a store?", "Yes");
        choose("Can customers return web orders in a store?", "No");
        clickNext();
        choose("Is there a budget for connecting the channels?", "For this year");
        clickNext();
        expectPath("assessment/review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the result")).click();
        expectPath("assessment/result");

        assertThat(region("Overall readiness")).containsText("Four areas, each with its owner");
        assertThat(page.getByText("Questionnaire: \"" + TITLE + "\", version 1.0.0")).isVisible();
        // Each area's card shows its band in the band's colour, the label as the stored evaluation words it.
        JsonNode areas = get("api/assessments/" + resumeLink().inputValue().replaceAll(".*/resume/", ""))
                .at("/evaluation/areas");
        assertThat(areas).hasSize(4);
        for (JsonNode area : areas) {
            Locator badge = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                    .setName(area.get("title").asText()).setExact(true))
                    .getByText(area.at("/band/label").asText(), new Locator.GetByTextOptions().setExact(true));
            assertThat(badge).hasCount(1);
            String color = (String) badge.evaluate("badge => getComputedStyle(badge).color");
            String text = (String) page.evaluate("getComputedStyle(document.body).color");
            assertThat(color).as("the colour of " + area.get("id").asText() + "'s band").isNotEqualTo(text);
        }
        Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Score per area, 0 to 100, over the score bands"));
        assertThat(chart.locator("text")).containsText(new String[] {"Systems and", "integration"});
        double leftmost = ((Number) chart.evaluate("svg => Math.min(...[...svg.querySelectorAll('text')]"
                + ".map(text => text.getBBox().x))")).doubleValue();
        assertThat(leftmost).as("no label starts left of the chart").isGreaterThanOrEqualTo(0);
        look("result-second-questionnaire-en");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the score card (PDF)")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " ")).startsWith(TITLE)
                    .contains("Four areas, each with its owner", "Systems and integration")
                    .doesNotContain("E-commerce readiness");
            assertThat(document.getDocumentInformation().getTitle()).startsWith(TITLE);
        }
    }

    private void choose(String question, String option) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(question))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(option).setExact(true)).check();
    }
}
