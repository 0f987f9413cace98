package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The server is killed (SIGKILL) in the middle of an assessment; after a restart every saved answer is there. */
class CrashIT extends E2eTest {

    /** A server just started answers its first page slowly on a busy machine (class loading, a cold JIT). */
    private static final double FIRST_PAGE_OF_A_FRESH_SERVER_MILLIS = 30_000;

    @Test
    void every_answer_the_page_showed_as_saved_survives_a_sigkill_of_the_server() throws Exception {
        Path data = Files.createTempDirectory("readiness-crash-data");
        RunningApp first = RunningApp.startOn(data);
        page.navigate(first.url(""));
        String token = startAndGiveSixAnswers(first::url);

        first.kill();
        RunningApp second = RunningApp.startOn(data);
        try {
            page.navigate(second.url("resume/" + token));
            expectPath("assessment/step/experience", FIRST_PAGE_OF_A_FRESH_SERVER_MILLIS);
            expectAnswered(page, "en", "experience-owner", "yes");
            JsonNode stored = get(second, "api/assessments/" + token);
            assertThat(stored.at("/answers").size()).isEqualTo(6);
            assertThat(stored.at("/answers/company-size").asText()).isEqualTo("1-10");
            assertThat(stored.at("/answers/main-goal").asText()).isEqualTo("Grow online sales <b>fast</b>");
            assertThat(stored.at("/answers/customer-needs").asInt()).isEqualTo(4);
        } finally {
            second.kill();
        }
    }
}
