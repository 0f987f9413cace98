package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team workshop in three browsers at once: the experience owner, the technology owner and the executive sponsor
 * answer differently on their own devices while the coordinator's page, never reloaded, shows each one send and
 * then where they disagree; the team's PDF, read back, names the three and the top disagreement.
 */
class TeamWorkshopIT extends E2eTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three views of one company; the steps after the profile in order, each with its answers in order. */
    static final Map<String, List<Map<String, Object>>> VIEWS = Map.of(
            "experience", List.of(
                    inOrder("experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions"),
                            "customer-needs", "4", "customer-service-involved", "yes"),
                    inOrder("platforms", List.of("erp"), "it-from-day-one", "day-one", "technology-owner", "yes",
                            "erp-technicians", "partner", "back-office-readiness", "being-prepared",
                            "integration-plan", "yes"),
                    inOrder("executive-sponsor", "yes", "c-suite-backing", "several", "checkpoint-meetings", "ad-hoc",
                            "budget-approved", "in-progress", "leadership-priority", "4")),
            "technology", List.of(
                    inOrder("experience-owner", "no", "touchpoints-owned", List.of("product-assortment"),
                            "customer-needs", "2", "customer-service-involved", "no"),
                    inOrder("platforms", List.of("erp"), "it-from-day-one", "later", "technology-owner", "no",
                            "erp-technicians", "nobody", "back-office-readiness", "not-started",
                            "integration-plan", "no"),
                    inOrder("executive-sponsor", "no", "c-suite-backing", "one", "checkpoint-meetings", "none",
                            "budget-approved", "not-yet", "leadership-priority", "2")),
            "executive-sponsor", List.of(
                    inOrder("experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions",
                            "customer-complaints"), "customer-needs", "5", "customer-service-involved", "yes"),
                    inOrder("platforms", List.of("erp"), "it-from-day-one", "day-one", "technology-owner", "yes",
                            "erp-technicians", "in-house", "back-office-readiness", "ready", "integration-plan", "yes"),
                    inOrder("executive-sponsor", "yes", "c-suite-backing", "whole", "checkpoint-meetings", "recurring",
                            "budget-approved", "approved", "leadership-priority", "5")));

    static final Map<String, Object> PROFILE = inOrder("company-size", "51-250", "business-model", "b2c",
            "digital-team-size", "6-15");

    @Test
    void three_people_answer_at_once_and_the_coordinator_sees_each_send_and_their_disagreements_in_english()
            throws Exception {
        workshop("en", new Words("Assess with your team", "Continue: invite your team", "Role", "Name (optional)",
                "Create the invitation", "Personal link for ", "Send my answers", "Talk about this",
                "Download the team's PDF", "have sent their answers",
                Map.of("experience", "Experience owner", "technology", "Technology owner",
                        "executive-sponsor", "Executive sponsor")));
    }

    @Test
    void three_people_answer_at_once_and_the_coordinator_sees_each_send_and_their_disagreements_in_swedish()
            throws Exception {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        workshop("sv", new Words("Gör bedömningen med ditt team", "Fortsätt: bjud in ditt team", "Roll",
                "Namn (frivilligt)", "Skapa inbjudan", "Personlig länk för ", "Skicka mina svar",
                "Prata om det här", "Ladda ner teamets PDF", "har skickat sina svar",
                Map.of("experience", "Ansvarig för upplevelsen", "technology", "Ansvarig för tekniken",
                        "executive-sponsor", "Sponsor i ledningen")));
    }

    /** What the pages say, in the language of the workshop. */
    private record Words(String startTeam, String profileDone, String role, String name, String invite,
                         String personalLink, String send, String talk, String pdf, String sent,
                         Map<String, String> roles) {
    }

    private void workshop(String language, Words words) throws Exception {
        page.navigate(app.url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.startTeam())).click();
        expectPath("assessment/step/company");
        PROFILE.forEach((question, value) -> answer(language, question, value));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.profileDone())).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        look("team-empty-" + language);

        Map<String, String> links = new LinkedHashMap<>();
        String[] names = {"Eva", "Tom", "Ella"};
        int i = 0;
        for (String role : VIEWS.keySet().stream().sorted().toList()) {
            links.put(role, invite(words, words.roles().get(role), names[i++]));
        }

        List<BrowserContext> devices = new ArrayList<>();
        Map<String, Page> respondents = new LinkedHashMap<>();
        for (String role : links.keySet()) {
            BrowserContext device = newContext("sv".equals(language) ? "sv-SE" : "en-GB");
            devices.add(device);
            Page respondent = device.newPage();
            respondent.navigate(links.get(role));
            assertThat(respondent).hasURL(java.util.regex.Pattern.compile(".*/assessment/step/experience$"));
            respondents.put(role, respondent);
        }
        try {
            // Everyone answers a step, then everyone the next: three devices at once, as in a room.
            for (int step = 0; step < 3; step++) {
                for (var entry : respondents.entrySet()) {
                    Page respondent = entry.getValue();
                    int current = step;
                    VIEWS.get(entry.getKey()).get(current)
                            .forEach((question, value) -> answer(respondent, language, question, value));
                    if (step < 2) {
                        respondent.locator("vaadin-button.next-button").click();
                        assertThat(respondent).hasURL(java.util.regex.Pattern.compile(
                                ".*/assessment/step/" + (step == 0 ? "technology" : "sponsorship") + "$"));
                    }
                }
            }
            look(respondents.get("technology"), "team-respondent-" + language);
            int sent = 0;
            for (Page respondent : respondents.values()) {
                respondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.send())).click();
                assertThat(respondent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .isVisible();
                sent++;
                // The coordinator's page is never reloaded: push brings each one who sends.
                assertThat(page.locator(".team-count")).containsText(sent + " ");
                assertThat(page.locator(".team-count")).containsText(words.sent());
            }
        } finally {
            devices.forEach(BrowserContext::close);
        }

        JsonNode expected = evaluateTeam(language, links.keySet().stream().sorted().toList(), names, words);
        String topQuestion = expected.at("/disagreements/0/text").asText();
        assertThat(page.locator(".overall-score")).hasText(expected.at("/overall/score").asText());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.talk())))
                .isVisible();
        assertThat(page.locator("li.disagreement").first()).containsText(topQuestion);
        look("team-result-" + language);

        Download pdf = page.waitForDownload(() -> page.getByText(words.pdf()).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(words.roles().get("experience"), words.roles().get("technology"),
                    words.roles().get("executive-sponsor"), topQuestion);
        }
    }

    /** Invites one person on the coordinator's page and returns their personal link. */
    private String invite(Words words, String role, String name) {
        page.getByLabel(words.role()).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        page.getByLabel(words.name()).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.invite())).click();
        var link = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName(words.personalLink() + role + " (" + name + ")").setExact(true));
        assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/team/answer/[A-Za-z0-9_-]{43}$"));
        return link.inputValue();
    }

    /** What the API merges from the same answers: the page and the card must agree with it. */
    private JsonNode evaluateTeam(String language, List<String> roles, String[] names, Words words)
            throws IOException, InterruptedException {
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Map<String, Object> answers = new LinkedHashMap<>(PROFILE);
            VIEWS.get(roles.get(i)).forEach(step -> step.forEach((question, value) -> answers.put(question,
                    value instanceof String text && text.matches("\\d+") ? Integer.valueOf(text) : value)));
            respondents.add(Map.of("role", roles.get(i), "name", names[i], "answers", answers));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        app.url("api/questionnaires/" + QUESTIONNAIRE + "/evaluate-team?lang=" + language)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("respondents", respondents))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void look(Page target, String name) {
        expectAccessible(target, name);
        screenshot(target, name);
    }
}
