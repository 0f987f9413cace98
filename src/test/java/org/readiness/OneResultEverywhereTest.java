package org.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientService;
import org.readiness.questionnaire.answer.Answer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/**
 * One stored assessment, read back after a restart through every way out: the result page, the PDF and the JSON
 * score card a consultant downloads there, and the API. All four give the same numbers; the page and both cards
 * the same notes, and the API (reached by the resume link, not by a consultant) none.
 */
class OneResultEverywhereTest {

    private static final String OWNER_NOTE = "Eva owns it on paper; nobody in practice.";
    private static final String PLATFORMS_NOTE = "ERP upgrade planned for spring.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_page_the_pdf_the_json_and_the_api_agree_on_a_stored_assessment_after_a_restart() throws Exception {
        long id;
        ResumeToken token;
        try (ConfigurableApplicationContext app = start()) {
            loginAsAdmin();
            ClientService clients = app.getBean(ClientService.class);
            long clientId = clients.create(new ClientDetails("Agreement AB", null, null, null)).id();
            AssessmentService.Started started = clients.startInterview(clientId, "scoring-fixture", "en");
            id = started.assessment().id();
            token = started.token();
            AnswerService answers = app.getBean(AnswerService.class);
            answers.save(id, "size", answer("medium"), 0);
            answers.save(id, "owner", answer("no"), 0);
            answers.save(id, "owner-time", answer("part"), 0);
            answers.save(id, "knowledge", answer(3), 0);
            answers.save(id, "platforms", answer(List.of("oms", "erp")), 0);
            answers.save(id, "it-people", Answer.dontKnow(), 0);
            answers.saveNote(id, "owner", OWNER_NOTE);
            answers.saveNote(id, "platforms", PLATFORMS_NOTE);
            app.getBean(AssessmentService.class).finish(id);
        }

        try (ConfigurableApplicationContext app = start()) {
            Map<String, Integer> fromApi = apiScores(app, token);
            openResultPageAsConsultant(app, id);
            Map<String, Integer> onPage = pageScores();
            JsonNode json = JSON.readTree(_download(_get(Anchor.class, spec -> spec.withText("Download JSON"))));
            PrintedPdf pdf = PrintedPdf.read(_download(_get(Anchor.class, spec -> spec.withText("Download PDF"))));

            assertThat(fromApi).isEqualTo(onPage).isEqualTo(jsonScores(json)).containsKeys("overall", "people", "systems");
            assertThat(pdf.text()).contains("Overall readiness: " + onPage.get("overall") + " / 100");
            assertThat(notesOnPage()).containsExactly(OWNER_NOTE, PLATFORMS_NOTE);
            assertThat(jsonNotes(json)).containsExactly(OWNER_NOTE, PLATFORMS_NOTE);
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains(OWNER_NOTE, PLATFORMS_NOTE);
            assertThat(get(app, "api/assessments/" + token.value()).toString()).doesNotContain(OWNER_NOTE);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--readiness.data.dir=" + dataDir.toAbsolutePath(),
                        "--readiness.questionnaires.dir=src/test/resources/questionnaires/good",
                        "--vaadin.launch-browser=false");
    }

    private static Map<String, Integer> apiScores(ConfigurableApplicationContext app, ResumeToken token)
            throws IOException, InterruptedException {
        JsonNode evaluation = get(app, "api/assessments/" + token.value()).get("evaluation");
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("overall", evaluation.get("overall").get("score").asInt());
        evaluation.get("areas").forEach(area -> scores.put(area.get("id").asText(), area.get("score").asInt()));
        return scores;
    }

    private static JsonNode get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The consultant opens the interview from the client's page and goes to its result, in a fresh browser. */
    private static void openResultPageAsConsultant(ConfigurableApplicationContext app, long id) {
        Routes routes = new Routes().autoDiscoverViews("org.readiness");
        var authentication = loginAsAdmin();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> "ADMIN".equals(role));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, app, uiFactory));
        UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("consultant/interview/" + id);
        UI.getCurrent().navigate("assessment/result");
        _find(Details.class).forEach(details -> details.setOpened(true));
    }

    private static Map<String, Integer> pageScores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("overall", Integer.valueOf(_get(Span.class, spec -> spec.withClasses("overall-score")).getText()));
        for (Div card : _find(Div.class, spec -> spec.withClasses("area-card"))) {
            scores.put(card.getElement().getAttribute("data-area"),
                    Integer.valueOf(_get(card, Span.class, spec -> spec.withClasses("area-score")).getText()));
        }
        return scores;
    }

    private static List<String> notesOnPage() {
        return _find(Span.class, spec -> spec.withClasses("note-text")).stream()
                .map(note -> note.getText().replaceFirst("^Your note: ", "")).toList();
    }

    private static Map<String, Integer> jsonScores(JsonNode card) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("overall", card.get("overall").get("score").asInt());
        card.get("areas").forEach(area -> scores.put(area.get("id").asText(), area.get("score").asInt()));
        return scores;
    }

    private static List<String> jsonNotes(JsonNode card) {
        return java.util.stream.StreamSupport.stream(card.get("answers").spliterator(), false)
                .filter(answer -> answer.hasNonNull("note")).map(answer -> answer.get("note").asText()).toList();
    }

    private static UsernamePasswordAuthenticationToken loginAsAdmin() {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_ADMIN"));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new User("admin", "", authorities),
                null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
