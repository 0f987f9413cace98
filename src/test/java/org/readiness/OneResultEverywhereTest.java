package org.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.readiness.base.ui.ShownWhenOpened;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kotlin.jvm.functions.Function0;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.readiness.assessment.AssessmentResults;
import org.readiness.consultant.ClientTeams;
import org.readiness.team.Invitations;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;
import com.vaadin.flow.component.html.NativeTable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AssessmentResult;
import org.readiness.plan.PlanJson;
import org.readiness.plan.PlanReport;
import org.readiness.plan.PlanService;
import org.readiness.plan.PlanSource;
import org.readiness.plan.StoredPlan;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.assessment.ui.PageMarkup;
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
import java.time.Instant;
import java.time.ZoneOffset;
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
            AssessmentService.Started started = app.getBean(ClientInterviews.class).startInterview(clientId, "scoring-fixture", "en");
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

    @Test
    void an_interview_finished_with_a_required_question_open_is_incomplete_everywhere_and_each_output_names_it()
            throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            loginAsAdmin();
            long clientId = app.getBean(ClientService.class).create(new ClientDetails("Open Question AB", null, null,
                    null)).id();
            ClientInterviews interviews = app.getBean(ClientInterviews.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService assessments = app.getBean(AssessmentService.class);
            long first = interviews.startInterview(clientId, "scoring-fixture", "en").assessment().id();
            answers.save(first, "size", answer("medium"), 0);
            answers.save(first, "owner", answer("no"), 0);
            answers.save(first, "platforms", answer(List.of("oms")), 0);
            assessments.finish(first);
            AssessmentService.Started open = interviews.startInterview(clientId, "scoring-fixture", "en");
            long second = open.assessment().id();
            answers.save(second, "size", answer("medium"), 0);
            answers.save(second, "platforms", answer(List.of("oms", "erp")), 0);
            assessments.finish(second); // "Owner?" is required and left open

            JsonNode api = get(app, "api/assessments/" + open.token().value()).get("evaluation");
            assertThat(api.at("/overall/score").isNull()).isTrue();
            assertThat(api.at("/overall/state").asText()).isEqualTo("incomplete");
            assertThat(api.at("/openQuestions/0/id").asText()).isEqualTo("owner");
            Map<String, Integer> shown = apiScores(app, open.token());
            assertThat(shown).containsEntry("overall", null).containsEntry("people", null);
            assertThat(shown.get("systems")).isNotNull();

            openResultPageAsConsultant(app, second);
            assertThat(pageScores()).isEqualTo(shown);
            assertThat(PageMarkup.single(".summary-body span.band.incomplete").text())
                    .isEqualTo("Incomplete: 1 required question is not answered");
            assertThat(PageMarkup.single("p.open-questions").text()).isEqualTo("Not answered yet: Owner?");

            JsonNode json = JSON.readTree(_download(_get(Anchor.class, spec -> spec.withText("Download JSON"))));
            assertThat(jsonScores(json)).isEqualTo(shown);
            assertThat(json.get("complete").asBoolean()).isFalse();
            assertThat(json.at("/overall/state").asText()).isEqualTo("incomplete");
            assertThat(json.at("/openQuestions/0/text").asText()).isEqualTo("Owner?");
            PrintedPdf pdf = PrintedPdf.read(_download(_get(Anchor.class, spec -> spec.withText("Download PDF"))));
            assertThat(pdf.shows("Overall readiness: \u2013 / 100")).as(pdf.text()).isTrue();
            assertThat(pdf.shows("Incomplete: 1 required question is not answered")).isTrue();
            assertThat(pdf.shows("Not answered yet: Owner?")).isTrue();
            List<CSVRecord> csv = csv(_download(_get(Anchor.class, spec -> spec.withText("Download CSV"))));
            assertThat(summary(csv, "overall").get(3)).isEqualTo("Incomplete");
            assertThat(summary(csv, "overall").get(4)).isEmpty();
            assertThat(summary(csv, "systems").get(4)).isEqualTo(String.valueOf(shown.get("systems")));
            assertThat(summary(csv, "open").get(3)).isEqualTo("Owner?");

            UI.getCurrent().navigate("consultant/clients/" + clientId);
            Grid<?> list = _get(Grid.class, spec -> spec.withClasses("assessments"));
            assertThat(_getFormattedRow(list, 0)).contains("Incomplete: Owner?");

            UI.getCurrent().navigate("consultant/compare/" + first + "/" + second);
            List<String> overall = cells("overall");
            Integer before = AssessmentResults.evaluate(assessments.open(first).orElseThrow()).overall().score();
            assertThat(overall).startsWith("Overall readiness").endsWith("\u2013 \u00b7 Incomplete", "\u2013");
            assertThat(overall.get(1)).startsWith(before + " \u00b7 ");
            assertThat(PageMarkup.single("p.comparison-open").text()).isEqualTo("Now: Not answered yet: Owner?");

            AssessmentResult result = AssessmentResults.evaluate(assessments.open(second).orElseThrow());
            StoredPlan plan = app.getBean(PlanService.class).planFor(result, "en");
            PlanSource source = PlanService.source(result);
            Map<String, Object> planJson = PlanJson.document(PlanReport.of(source.base(), "en", null,
                    source.assessedAt(), plan, Instant.now(), ZoneOffset.UTC));
            @SuppressWarnings("unchecked")
            Map<String, Object> now = (Map<String, Object>) ((Map<String, Object>) planJson.get("now")).get("overall");
            assertThat(now).containsEntry("state", "incomplete").containsEntry("score", null);
        }
    }

    @Test
    void a_teams_result_is_the_same_on_its_page_its_cards_the_clients_page_the_comparison_and_the_api()
            throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            loginAsAdmin();
            long clientId = app.getBean(ClientService.class).create(new ClientDetails("Team Agreement AB", null,
                    null, null)).id();
            ClientTeams clientTeams = app.getBean(ClientTeams.class);
            StartedTeam first = clientTeams.start(clientId, "scoring-fixture", "en", false);
            answerAsTeam(app, first, List.of("oms"), 1);
            TeamService.ReassessedTeam again = clientTeams.reassess(first.team().id(), "en");
            answerAsTeam(app, again.team(), List.of("oms", "erp"), 5);
            long teamId = again.team().team().id();

            JsonNode api = get(app, "api/team-assessments/" + again.team().coordinatorToken().value()).get("result");
            Map<String, Integer> shown = jsonScores(api);
            assertThat(api.get("complete").asBoolean()).isTrue();
            assertThat(shown.values()).doesNotContainNull();

            openAsAdmin(app, "consultant/teams/" + teamId);
            assertThat(shown(_get(Span.class, spec -> spec.withClasses("overall-score")).getText()))
                    .isEqualTo(shown.get("overall"));
            assertThat(PageMarkup.single("tr.team-row").children().eachText().subList(1, 3))
                    .containsExactly(String.valueOf(shown.get("people")), String.valueOf(shown.get("systems")));
            JsonNode json = JSON.readTree(_download(_get(Anchor.class,
                    spec -> spec.withText("Download the team's JSON"))));
            assertThat(jsonScores(json)).isEqualTo(shown);
            PrintedPdf pdf = PrintedPdf.read(_download(_get(Anchor.class,
                    spec -> spec.withText("Download the team's PDF"))));
            assertThat(pdf.shows("The team's overall readiness: " + shown.get("overall") + " / 100"))
                    .as(pdf.text()).isTrue();
            List<CSVRecord> csv = csv(_download(_get(Anchor.class, spec -> spec.withText("Download the team's CSV"))));
            assertThat(summary(csv, "overall").get(6)).isEqualTo(String.valueOf(shown.get("overall")));
            assertThat(summary(csv, "systems").get(6)).isEqualTo(String.valueOf(shown.get("systems")));

            UI.getCurrent().navigate("consultant/clients/" + clientId);
            NativeTable teamsTable = _get(NativeTable.class, spec -> spec.withClasses("client-team-list"));
            assertThat(teamsTable.getElement().getTextRecursively()).contains(shown.get("overall") + " / 100");

            UI.getCurrent().navigate("consultant/teams/compare/" + first.team().id() + "/" + teamId);
            assertThat(cells("overall").get(2)).startsWith(shown.get("overall") + " \u00b7 ");
            assertThat(cells("systems").get(2)).startsWith(shown.get("systems") + " \u00b7 ");
        }
    }

    /** The profile, then the owner and IT each answering and sending. */
    private static void answerAsTeam(ConfigurableApplicationContext app, StartedTeam team, List<String> platforms,
                                     int knowledge) {
        Invitations invitations = app.getBean(Invitations.class);
        AnswerService answers = app.getBean(AnswerService.class);
        AssessmentService assessments = app.getBean(AssessmentService.class);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        long owner = invitations.invite(team.team().id(), "owner", "Åsa", null, "en").member()
                .assessmentId();
        answers.save(owner, "owner", answer("yes"), 0);
        answers.save(owner, "owner-time", answer("full"), 0);
        answers.save(owner, "knowledge", answer(knowledge), 0);
        answers.save(owner, "platforms", answer(platforms), 0);
        assessments.finish(owner);
        long it = invitations.invite(team.team().id(), "it", null, null, "en").member().assessmentId();
        answers.save(it, "owner", answer("no"), 0);
        answers.save(it, "knowledge", answer(1), 0);
        answers.save(it, "platforms", answer(platforms), 0);
        answers.save(it, "it-people", answer(5), 0);
        assessments.finish(it);
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
        scores.put("overall", score(evaluation.get("overall")));
        evaluation.get("areas").forEach(area -> scores.put(area.get("id").asText(), score(area)));
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
        openAsAdmin(app, "consultant/interview/" + id);
        UI.getCurrent().navigate("assessment/result");
        _find(ShownWhenOpened.class).forEach(details -> details.setOpened(true));
    }

    /** A page in a fresh browser, signed in as the administrator. */
    private static void openAsAdmin(ConfigurableApplicationContext app, String location) {
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
        UI.getCurrent().navigate(location);
    }

    private static Map<String, Integer> pageScores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("overall", shown(PageMarkup.single("span.overall-score").text()));
        for (org.jsoup.nodes.Element card : PageMarkup.select("div.area-card")) {
            scores.put(card.attr("data-area"), shown(card.selectFirst("span.area-score").text()));
        }
        return scores;
    }

    /** A score as a page shows it: the number, or a dash where none may be shown. */
    private static Integer shown(String text) {
        return "\u2013".equals(text) ? null : Integer.valueOf(text);
    }

    private static Integer score(JsonNode figure) {
        return figure.get("score").isNull() ? null : figure.get("score").asInt();
    }

    private static List<String> notesOnPage() {
        // The tables of "Why this score" are one element of markup each (read-only text).
        return _find(com.vaadin.flow.component.Html.class).stream()
                .flatMap(html -> org.jsoup.Jsoup.parseBodyFragment(html.getInnerHtml())
                        .select("span.note-text").stream())
                .map(note -> note.text().replaceFirst("^Your note: ", "")).toList();
    }

    /** The comparison's row of this area, cell by cell, as the browser shows it. */
    private static List<String> cells(String area) {
        return PageMarkup.single("table.comparison-scores tr[data-area=" + area + "]").children().eachText();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord summary(List<CSVRecord> records, String id) {
        return records.stream().filter(row -> row.size() > 1 && row.get(1).equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> jsonScores(JsonNode card) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("overall", score(card.get("overall")));
        card.get("areas").forEach(area -> scores.put(area.get("id").asText(), score(area)));
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
