package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A merchant's self-assessment in a real browser, from the start page to the result, in both languages. */
class MerchantJourneyIT extends E2eTest {

    /** A six-person web shop; the steps in order, each with its answers. */
    static final List<Map<String, Object>> SMALL_SHOP = List.of(
            inOrder("company-size", "1-10", "business-model", "b2c", "digital-team-size", "1-5",
                    "main-goal", "Grow online sales <b>fast</b>"),
            inOrder("experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions"),
                    "customer-needs", "3", "customer-service-involved", "yes"),
            inOrder("platforms", List.of("erp"), "it-from-day-one", "later", "technology-owner", "no",
                    "erp-technicians", "partner", "back-office-readiness", "being-prepared", "integration-plan", "no"),
            inOrder("executive-sponsor", "yes", "c-suite-backing", "whole", "checkpoint-meetings", "ad-hoc",
                    "budget-approved", "approved", "leadership-priority", "4"));

    @Test
    void a_merchant_assesses_the_shop_in_english_and_sees_the_score_the_api_gives() {
        walk("en", "Start the assessment");
    }

    @Test
    void a_merchant_assesses_the_shop_in_swedish_and_sees_the_score_the_api_gives() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        walk("sv", "Starta bedömningen");
    }

    @Test
    void a_merchant_closes_the_browser_midway_and_finishes_through_the_resume_link() {
        page.navigate(app.url(""));
        page.getByText("Start the assessment").click();
        answerStep("en", SMALL_SHOP.get(0));
        clickNext();
        expectPath("assessment/step/experience");
        answerStep("en", SMALL_SHOP.get(1));
        expectAllSaved();
        String link = resumeLink().inputValue();
        assertThat(link).matches("http://localhost:\\d+/resume/[A-Za-z0-9_-]{43}");
        context.close();

        BrowserContext another = newContext("en-GB");
        Page resumed = another.newPage();
        resumed.navigate(link);
        assertThat(resumed).hasURL(java.util.regex.Pattern.compile(".*/assessment/step/experience$"));
        expectAnswered(resumed, "en", "experience-owner", "yes");
        page = resumed;
        context = another;
        clickNext();
        expectPath("assessment/step/technology");
        answerStep("en", SMALL_SHOP.get(2));
        clickNext();
        answerStep("en", SMALL_SHOP.get(3));
        clickNext();
        expectPath("assessment/review");
        buttonNamed("See the result").click();
        expectPath("assessment/result");
        assertThat(overallScore("en")).hasText(evaluate("en", allAnswers()).at("/overall/score").asText());
    }

    @Test
    void the_score_card_downloads_from_the_result_page_in_pdf_json_and_csv() throws Exception {
        walk("en", "Start the assessment");
        Locator organisation = page.getByLabel("Organisation name (optional)");
        organisation.fill("Łódź & Söner =HYPERLINK(\"x\")");
        organisation.press("Tab");
        JsonNode expected = evaluate("en", allAnswers());

        com.microsoft.playwright.Download pdf = page.waitForDownload(() -> download("Download PDF").click());
        assertThat(pdf.suggestedFilename()).matches("readiness-lodz-soner-hyperlink-x-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf.path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Łódź & Söner", "Overall readiness: " + expected.at("/overall/score").asText());
        }

        com.microsoft.playwright.Download json = page.waitForDownload(() -> download("Download JSON").click());
        JsonNode card = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.path().toFile());
        assertThat(card.at("/overall/score").asInt()).isEqualTo(expected.at("/overall/score").asInt());
        assertThat(card.at("/structure/id").asText()).isEqualTo("small-team");

        com.microsoft.playwright.Download csv = page.waitForDownload(() -> download("Download CSV").click());
        String rows = java.nio.file.Files.readString(csv.path(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rows).startsWith("\uFEFF").contains("company-size", "Łódź & Söner =HYPERLINK");
    }

    @Test
    void an_unknown_resume_link_and_an_unknown_address_get_plain_pages() {
        plainPages("en", "This link does not open an assessment", "We could not find that page");
    }

    @Test
    void an_unknown_resume_link_and_an_unknown_address_get_plain_pages_in_swedish() {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        plainPages("sv", "Länken öppnar ingen bedömning", "Vi hittade inte sidan");
    }

    private void plainPages(String language, String unknownLink, String notFound) {
        page.navigate(app.url("resume/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(pageHeading()).hasText(unknownLink);
        look("resume-unknown-" + language);
        page.navigate(app.url("no/such/page"));
        assertThat(pageHeading()).hasText(notFound);
        look("not-found-" + language);
        page.navigate(app.url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Words.in(language, "login.submit")))).isVisible();
        look("login-" + language);
    }

    private void walk(String language, String startLabel) {
        page.navigate(app.url(""));
        look("start-" + language);
        page.getByText(startLabel).click();
        String[] steps = {"company", "experience", "technology", "sponsorship"};
        for (int i = 0; i < steps.length; i++) {
            expectPath("assessment/step/" + steps[i]);
            if (i == 0) {
                clickNext();
                // What a screen reader says of the field: its error.
                assertThat(questionField(page, language, "company-size")).hasAccessibleDescription(
                        Pattern.compile(Words.in(language, "wizard.required")));
                look("step-" + steps[i] + "-missing-" + language);
            }
            answerStep(language, SMALL_SHOP.get(i));
            look("step-" + steps[i] + "-" + language);
            clickNext();
        }
        expectPath("assessment/review");
        look("review-" + language);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Words.in(language, "review.show-result")))
                .click();
        expectPath("assessment/result");
        Locator why = region(Words.in(language, "result.why"));
        why.getByRole(AriaRole.BUTTON).first().click();
        assertThat(why.getByRole(AriaRole.TABLE).first()).isVisible();
        look("result-" + language);

        JsonNode expected = evaluate(language, allAnswers());
        assertThat(overallScore(language)).hasText(expected.at("/overall/score").asText());
        assertThat(expected.at("/structure").asText()).isEqualTo("small-team");
        assertThat(page.getByText(expected.at("/structureReason").asText(), new Page.GetByTextOptions()
                .setExact(true))).isVisible();
        List<String> expectedActions = new java.util.ArrayList<>();
        expected.at("/actions").forEach(action -> expectedActions.add(action.get("title").asText()));
        assertThat(expectedActions).isNotEmpty();
        Locator actions = region(Words.in(language, "result.actions"));
        if (expectedActions.size() > 3) {
            actions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(Words.in(language, "result.actions.show-all", expectedActions.size()))).click();
        }
        assertThat(actions.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
                .hasText(expectedActions.toArray(String[]::new));
        for (JsonNode area : expected.at("/areas")) {
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(area.get("title").asText())
                    .setExact(true)).getByText(area.get("score").asText(), new Locator.GetByTextOptions()
                    .setExact(true))).isVisible();
        }
    }

    /** A score card's download link, in the section that offers the three formats. */
    private Locator download(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void answerStep(String language, Map<String, Object> stepAnswers) {
        stepAnswers.forEach((questionId, value) -> answer(language, questionId, value));
    }

    static Map<String, Object> allAnswers() {
        Map<String, Object> all = new LinkedHashMap<>();
        SMALL_SHOP.forEach(step -> step.forEach((questionId, value) ->
                all.put(questionId, value instanceof String text && text.matches("\\d+") ? Integer.valueOf(text) : value)));
        return all;
    }
}
