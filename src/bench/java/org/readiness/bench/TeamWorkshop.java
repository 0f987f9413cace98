package org.readiness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.readiness.bench.load.LoadRecorder;
import org.readiness.bench.load.TeamWorkshopSimulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workshop: one team assessment started through the API with {@code respondents} invitations, the coordinator's
 * page open in Chromium, and every respondent answering on their personal link at once (Gatling, speaking Vaadin's
 * protocol). The page records when each finish shows, the respondents when each sent; the database is read back
 * through the API for answers lost.
 */
final class TeamWorkshop {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROLES = {"experience", "technology", "executive-sponsor"};
    private static final String FINISHED_ROWS = "document.querySelectorAll('tr[data-state=\"finished\"]').length";
    /** Notes the page's clock each time one more respondent shows as finished, from any change of the page. */
    private static final String WATCH_FINISHES = "() => { window.finishesSeenAt = []; let seen = " + FINISHED_ROWS
            + "; new MutationObserver(() => { const now = " + FINISHED_ROWS + "; while (seen < now) { seen++;"
            + " window.finishesSeenAt.push(Date.now()); } }).observe(document.body, {subtree: true, childList: true,"
            + " attributes: true, characterData: true}); }";

    /**
     * @param updateLagMillis per finish, from the sending click to the coordinator's page showing one more finished
     *                        (the k-th send matched with the k-th finish the page showed)
     */
    record Outcome(int invited, GatlingRun.Counts counts, int sentInBrowser, int finishedStored, int answersSent,
                   int answersStored, List<Double> updateLagMillis) {

        /** Respondents who sent in the browser and are not finished in the database, plus answers missing. */
        int lostRespondents() {
            return sentInBrowser - finishedStored;
        }

        int lostAnswers() {
            return answersSent - answersStored;
        }
    }

    private TeamWorkshop() {
    }

    static Outcome run(String url, int respondents, Path results) throws Exception {
        JsonNode team = start(url, respondents);
        String coordinator = team.get("coordinatorToken").asText();
        String invitations = invitationRoutes(team);
        GatlingRun.Counts counts;
        Map<String, LoadRecorder.Sent> sent;
        List<Double> seenAt = new ArrayList<>();
        try (Playwright playwright = Chromium.playwright()) {
            Page page = Chromium.launch(playwright).newContext().newPage();
            page.navigate(url + "/team/" + coordinator);
            page.locator(".team-members-table").waitFor();
            page.evaluate(WATCH_FINISHES);
            System.out.println("==== Gatling: TeamWorkshopSimulation, " + respondents + " respondents of one team");
            counts = GatlingRun.run(TeamWorkshopSimulation.class, url, Map.of("bench.team.respondents", invitations),
                    results);
            sent = LoadRecorder.sent();
            try {
                page.waitForFunction("n => " + FINISHED_ROWS + " >= n", sent.size(),
                        new Page.WaitForFunctionOptions().setTimeout(30_000));
            } catch (PlaywrightException notAll) {
                System.out.println("The coordinator's page did not show every finish within 30 s: " + notAll.getMessage());
            }
            for (Object millis : (List<?>) page.evaluate("() => window.finishesSeenAt")) {
                seenAt.add(((Number) millis).doubleValue());
            }
        }
        List<Long> sentAt = sent.values().stream().map(LoadRecorder.Sent::atMillis).sorted().toList();
        List<Double> lag = new ArrayList<>();
        for (int k = 0; k < Math.min(sentAt.size(), seenAt.size()); k++) {
            lag.add(seenAt.get(k) - sentAt.get(k));
        }
        Stored stored = stored(url, coordinator);
        int answersSent = sent.values().stream().mapToInt(LoadRecorder.Sent::answers).sum();
        int answersStored = sent.keySet().stream().mapToInt(name -> stored.answersByName.getOrDefault(name, 0)).sum();
        int finishedStored = (int) sent.keySet().stream().filter(stored.finishedNames::contains).count();
        return new Outcome(respondents, counts, sent.size(), finishedStored, answersSent, answersStored, lag);
    }

    private static JsonNode start(String url, int respondents) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("questionnaire", "commerce-stakeholders").put("language", "en")
                .put("organisation", "Workshop AB");
        body.putObject("profile").put("company-size", "251-1000").put("business-model", "both")
                .put("digital-team-size", "16-50").put("main-goal", "Agree who owns what before the platform choice.");
        ArrayNode invitations = body.putArray("invitations");
        for (int i = 1; i <= respondents; i++) {
            invitations.addObject().put("role", ROLES[(i - 1) % ROLES.length]).put("name", name(i));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/team-assessments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("starting the workshop's team failed: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String name(int respondent) {
        return String.format(Locale.ROOT, "Respondent-%02d", respondent);
    }

    /** {@code name=route} per invitation, as the simulation reads them. */
    private static String invitationRoutes(JsonNode team) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode invitation : team.get("invitations")) {
            String link = invitation.get("link").asText();
            pairs.add(invitation.get("name").asText() + "=" + link.substring(link.indexOf("team/answer/")));
        }
        return String.join(" ", pairs);
    }

    private record Stored(List<String> finishedNames, Map<String, Integer> answersByName) {
    }

    /** Who the database holds as finished, and how many answers each finished respondent has in the merge. */
    private static Stored stored(String url, String coordinator) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/api/team-assessments/" + coordinator)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode team = JSON.readTree(response.body());
        List<String> finished = new ArrayList<>();
        for (JsonNode member : team.get("members")) {
            if (member.get("state").asText().equals("finished")) {
                finished.add(member.get("name").asText());
            }
        }
        Map<String, Integer> answers = new HashMap<>();
        JsonNode result = team.get("result");
        if (result != null && !result.isNull()) {
            Map<String, String> names = new HashMap<>();
            result.get("respondents").forEach(each -> names.put(each.get("id").asText(), each.get("name").asText()));
            for (JsonNode question : result.get("answers")) {
                for (JsonNode answer : question.get("byRespondent")) {
                    if (!answer.get("answer").isNull()) {
                        answers.merge(names.get(answer.get("respondent").asText()), 1, Integer::sum);
                    }
                }
            }
        }
        return new Stored(finished, answers);
    }
}
