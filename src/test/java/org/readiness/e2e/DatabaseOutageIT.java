package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database really stops in the middle of an assessment (an H2 server in its own process role, stopped and
 * started again on the same port and files): the page says the answers are not saved, keeps them, lets the user go
 * on, and saves everything once the database is back.
 */
class DatabaseOutageIT extends E2eTest {

    @Test
    void answers_given_while_the_database_is_down_are_kept_on_the_page_and_saved_when_it_is_back() throws Exception {
        Path files = Files.createTempDirectory("readiness-outage-db");
        int port = freePort();
        Server database = startDatabase(port, files);
        RunningApp ownApp = RunningApp.startOn(Files.createTempDirectory("readiness-outage-data"),
                "--spring.datasource.url=jdbc:h2:tcp://localhost:" + port + "/readiness;WRITE_DELAY=0");
        try {
            page.navigate(ownApp.url(""));
            page.getByText("Start the assessment").click();
            answer("en", "company-size", "1-10");
            answer("en", "business-model", "b2c");
            assertThat(page.locator(".save-status")).hasText("All answers saved");
            String token = page.locator(".resume-link-field input").inputValue().replaceAll(".*/resume/", "");

            database.stop();
            answer("en", "digital-team-size", "1-5");
            assertThat(page.locator(".save-status[data-state='failed']")).containsText("Your answers are kept");
            assertThat(page.locator(".question[data-question='digital-team-size'] vaadin-radio-group"))
                    .hasAttribute("has-value", "");
            page.locator(".question[data-question='main-goal'] textarea").fill("Sell abroad <b>soon</b>");
            page.locator(".question[data-question='main-goal'] textarea").press("Tab");
            assertThat(page.locator(".save-status[data-state='failed']")).isVisible();

            database = startDatabase(port, files);
            long back = System.nanoTime();
            assertThat(page.locator(".save-status")).hasText("All answers saved",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
            System.out.printf("Database outage: the page saved its kept answers %d ms after the database was back%n",
                    (System.nanoTime() - back) / 1_000_000);

            JsonNode stored = getJson(ownApp, "api/assessments/" + token);
            assertThat(stored.at("/answers/company-size").asText()).isEqualTo("1-10");
            assertThat(stored.at("/answers/business-model").asText()).isEqualTo("b2c");
            assertThat(stored.at("/answers/digital-team-size").asText()).isEqualTo("1-5");
            assertThat(stored.at("/answers/main-goal").asText()).isEqualTo("Sell abroad <b>soon</b>");

            try (BrowserContext other = newContext("en-GB")) {
                Page elsewhere = other.newPage();
                elsewhere.navigate(ownApp.url("resume/" + token));
                assertThat(elsewhere).hasURL(java.util.regex.Pattern.compile(".*/assessment/step/company$"));
                assertThat(elsewhere.locator(".question[data-question='main-goal'] textarea"))
                        .hasValue("Sell abroad <b>soon</b>");
            }
        } finally {
            ownApp.kill();
            database.stop();
        }
    }

    private static Server startDatabase(int port, Path files) throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                files.toString()).start();
    }

    private static JsonNode getJson(RunningApp running, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(running.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
