package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16.10 (headings, chart), 16.11 and 16.12: the result page and the PDF as a deliverable. */
class ResultDeliverableIT extends E2eTest {

    @Test
    void the_result_opens_with_a_summary_and_a_primary_download_and_keeps_the_rest_behind_show_all() {
        walkToTheResult();
        JsonNode expected = evaluate("en", MerchantJourneyIT.allAnswers());
        int actions = expected.at("/actions").size();
        assertThat(actions).isGreaterThan(3);

        Locator summary = page.locator("section.summary");
        assertThat(summary.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Overall readiness")))
                .isVisible();
        assertThat(summary).containsText(expected.at("/overall/band/label").asText());
        assertThat(summary).containsText("One team for all three areas");
        assertThat(summary.getByRole(AriaRole.LISTITEM)).hasCount(3);
        Locator download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the score card (PDF)"));
        assertThat(download).isInViewport();
        screenshot("result-summary-en");

        Locator nextSteps = page.locator("section.actions");
        assertThat(nextSteps.locator("li.action").filter(new Locator.FilterOptions().setVisible(true))).hasCount(3);
        nextSteps.getByText("Show all " + actions + " next steps").click();
        assertThat(nextSteps.locator("li.action").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(actions);
        // One kind of points: a next step says how much of the overall score (out of 100) it could win back.
        assertThat(nextSteps.getByText(Pattern.compile("^Could raise the overall score by up to \\d+ of its 100 "
                + "points$")).first()).isVisible();
        assertThat(page.getByText("An area scores the share of its points earned, out of 100")).isVisible();
    }

    @Test
    void headings_step_down_and_look_it_and_the_chart_stays_readable_on_a_phone_with_the_band_limits_marked() {
        walkToTheResult();
        List<Double> sizes = List.of("h1", "section.summary h2", "section.areas h3").stream()
                .map(selector -> ((Number) page.evaluate("selector => parseFloat(getComputedStyle("
                        + "document.querySelector(selector)).fontSize)", selector)).doubleValue())
                .toList();
        assertThat(sizes.get(0)).isGreaterThan(sizes.get(1));
        assertThat(sizes.get(1)).isGreaterThan(sizes.get(2));

        page.setViewportSize(390, 844);
        Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Score per area, 0 to 100, over the score bands"));
        assertThat(chart).hasCount(1);
        // Its text drawn at 12 px or more on the phone: the narrow form, shrunk less than the wide one would be.
        double smallest = ((Number) chart.evaluate("svg => Math.min(...[...svg.querySelectorAll('text')].map("
                + "text => text.getBoundingClientRect().height))")).doubleValue();
        assertThat(smallest).isGreaterThanOrEqualTo(11);
        List<String> ticks = chart.locator("text").allTextContents();
        assertThat(ticks).contains("0", "40", "70", "100");
    }

    @Test
    void the_pdf_lists_only_the_questions_asked_and_is_tagged_for_screen_readers() throws Exception {
        walkToTheResult();
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the score card (PDF)")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("How well do you know your customers", "Answer: 3 of 5");
            // The shop sells to consumers, so the sales manager question was never asked.
            assertThat(text).doesNotContain("Is your sales manager involved in the programme?");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            PDStructureElement root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> elements = root.getKids().stream().map(PDStructureElement.class::cast).toList();
            assertThat(elements.get(0).getStructureType()).isEqualTo("H1");
            assertThat(elements).filteredOn(element -> "Figure".equals(element.getStructureType()))
                    .singleElement().satisfies(figure -> assertThat(figure.getAlternateDescription())
                            .contains("Experience", "Technology", "Executive sponsor"));
        }
    }

    @Test
    void a_name_typed_and_downloaded_at_once_is_on_the_pdf_and_in_its_file_name() throws Exception {
        walkToTheResult();
        for (String name : List.of("Växjö Verktyg AB", "Nordic Tools")) {
            Locator field = page.getByLabel("Organisation name (optional)");
            field.fill(name);
            Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Download PDF").setExact(true)).click());

            assertThat(pdf.suggestedFilename()).startsWith("readiness-" + name.toLowerCase(java.util.Locale.ROOT)
                    .replace("ä", "a").replace("ö", "o").replace(' ', '-'));
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                assertThat(new PDFTextStripper().getText(document)).contains(name);
            }
        }
    }

    private void walkToTheResult() {
        page.navigate(app.url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();
        for (int step = 0; step < 4; step++) {
            MerchantJourneyIT.SMALL_SHOP.get(step).forEach((question, value) -> answer("en", question, value));
            clickNext();
        }
        expectPath("assessment/review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the result")).click();
        expectPath("assessment/result");
    }
}
