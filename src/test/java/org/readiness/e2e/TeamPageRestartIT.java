package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team page left open while the server restarts (issue 23, point 14): once the server is back, the first reload
 * shows it at once; it never stays blank.
 */
class TeamPageRestartIT extends E2eTest {

    /** A server just started answers its first page slowly on a busy machine (class loading, a cold JIT). */
    private static final double FIRST_PAGE_OF_A_FRESH_SERVER_MILLIS = 60_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_open_team_page_shows_itself_again_at_the_first_reload_after_a_restart() throws Exception {
        Path data = Files.createTempDirectory("readiness-team-restart-data");
        int port = RunningApp.freePort();
        RunningApp first = RunningApp.startOn(data, port);
        String coordinatorLink;
        try {
            coordinatorLink = createTeam(first);
            page.navigate(first.url(coordinatorLink));
            assertThat(page.locator("h1")).hasText("Your team's assessment",
                    new LocatorAssertions.HasTextOptions().setTimeout(FIRST_PAGE_OF_A_FRESH_SERVER_MILLIS));
        } finally {
            first.kill();
        }
        RunningApp second = RunningApp.startOn(data, port);
        try {
            // It stayed blank for about a minute before; the first reload shows it (or the page has already come back
            // by itself: its push connection is refused without a session and told to load the page anew).
            page.reload();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Your team's assessment",
                            new LocatorAssertions.HasTextOptions().setTimeout(FIRST_PAGE_OF_A_FRESH_SERVER_MILLIS));
            assertThat(page.locator(".team-members .team-count")).hasText("0 of 1 have sent their answers");
        } finally {
            second.kill();
        }
    }

    /** A team with one invitation, through the API; returns the coordinator's page, from the app's root. */
    private static String createTeam(RunningApp app) throws Exception {
        Map<String, Object> body = Map.of("questionnaire", QUESTIONNAIRE, "language", "en",
                "profile", TeamWorkshopIT.PROFILE, "invitations", List.of(Map.of("role", "experience")));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.url("api/team-assessments"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        return created.at("/coordinatorLink").asText().substring(1);
    }
}
