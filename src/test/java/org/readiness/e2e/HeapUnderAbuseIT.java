package org.readiness.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app in a heap of 300 MB that ends itself at an OutOfMemoryError, as in production: whatever it
 * is asked, its live heap must stay under 300 MB, or the process is gone. Thirty team evaluations of the largest
 * workshop the API takes and thirty bodies of a thousand respondents, all at once, leave it answering, without a 500.
 * The heap is measured by the JDK's jcmd after a full collection (GC.run), before and after.
 */
class HeapUnderAbuseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTIONNAIRE = "commerce-stakeholders";
    private static final int LARGEST_TEAM = 60;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private static RunningApp app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startInASmallHeap() throws IOException {
        app = RunningApp.startWithJvm(List.of("-Xmx300m"), Files.createTempDirectory("readiness-heap-data"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.kill();
    }

    @Test
    void thirty_largest_team_evaluations_and_thirty_of_a_thousand_respondents_at_once_fit_300_mb_without_a_500()
            throws Exception {
        String largest = body(LARGEST_TEAM, "\uD83D\uDE80".repeat(1000));
        String thousand = body(1000, "Sell more");
        assertThat(evaluate(largest).join()).as("the largest team the API takes").isEqualTo(200);
        long before = liveHeapKb();

        List<CompletableFuture<Integer>> teams = new ArrayList<>();
        List<CompletableFuture<Integer>> crowds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            teams.add(evaluate(largest));
            crowds.add(evaluate(thousand));
        }
        Map<Integer, Integer> teamAnswers = count(teams);
        Map<Integer, Integer> crowdAnswers = count(crowds);

        assertThat(app.process().isAlive()).as("the process lives").isTrue();
        long after = liveHeapKb();
        System.out.printf("evaluate-team flood (%d KB and %d KB bodies): the largest teams answered %s, a thousand "
                        + "respondents %s; live heap after a full GC %d MB before, %d MB after (-Xmx300m)%n",
                largest.getBytes(StandardCharsets.UTF_8).length / 1024,
                thousand.getBytes(StandardCharsets.UTF_8).length / 1024, teamAnswers, crowdAnswers, before / 1024,
                after / 1024);
        assertThat(teamAnswers).containsKey(200).doesNotContainKey(500);
        assertThat(teamAnswers.keySet()).isSubsetOf(200, 503);
        assertThat(crowdAnswers.keySet()).isSubsetOf(400, 503);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(app.url("health/live"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(evaluate(largest).join()).as("and goes on answering").isEqualTo(200);
    }

    private CompletableFuture<Integer> evaluate(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("api/questionnaires/" + QUESTIONNAIRE
                        + "/evaluate-team?lang=en"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static Map<Integer, Integer> count(List<CompletableFuture<Integer>> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(answer -> counts.merge(answer.join(), 1, Integer::sum));
        return counts;
    }

    /**
     * This many respondents, each answering everything; the largest team's main goal is 1,000 characters of four
     * bytes each (its limit, and an emoji is the longest a character gets in UTF-8).
     */
    private static String body(int respondents, String goal) throws IOException {
        Map<String, Object> answers = E2eTest.inOrder("company-size", "51-250", "business-model", "b2c",
                "digital-team-size", "6-15", "main-goal", goal,
                "experience-owner", "yes", "touchpoints-owned", List.of("product-assortment", "promotions"),
                "customer-needs", 4, "customer-service-involved", "yes", "platforms", List.of("erp"),
                "it-from-day-one", "day-one", "technology-owner", "yes", "erp-technicians", "partner",
                "back-office-readiness", "being-prepared", "integration-plan", "yes", "executive-sponsor", "yes",
                "c-suite-backing", "several", "checkpoint-meetings", "ad-hoc", "budget-approved", "in-progress",
                "leadership-priority", 4);
        List<Map<String, Object>> team = new ArrayList<>();
        String[] roles = {"experience", "technology", "executive-sponsor"};
        for (int i = 0; i < respondents; i++) {
            team.add(Map.of("role", roles[i % roles.length], "name", "Respondent " + i, "answers", answers));
        }
        return JSON.writeValueAsString(Map.of("respondents", team));
    }

    /** The app's heap in use after a full collection, in KB, as the JDK's jcmd reports it. */
    private static long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        assertThat(used.find()).as("jcmd reports the heap in use").isTrue();
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(app.process().pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
