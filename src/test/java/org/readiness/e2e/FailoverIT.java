package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.PostgresTests;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out as README's "Running in production" describes it, with real parts: two production jars on one
 * PostgreSQL behind nginx with the shipped deploy/nginx.conf. The instance holding a merchant's session is killed
 * (SIGKILL) half-way through; the next action lands on the other instance, and the merchant continues from the
 * resume link with every saved answer there.
 */
@PostgresTests.Required
class FailoverIT extends E2eTest {

    @Test
    void when_the_instance_holding_the_session_dies_the_merchant_goes_on_on_the_other_with_every_answer()
            throws Exception {
        String[] database = PostgresTests.jdbcSettings();
        CompletableFuture<RunningApp> startingA = CompletableFuture.supplyAsync(() -> instance("a", database));
        CompletableFuture<RunningApp> startingB = CompletableFuture.supplyAsync(() -> instance("b", database));
        RunningApp a = startingA.join();
        RunningApp b = startingB.join();
        try (Nginx nginx = Nginx.inFrontOf(a, b)) {
            page.navigate(nginx.url(""));
            String token = startAndGiveSixAnswers(nginx::url);
            String holder = route();
            String other = holder.equals("a") ? "b" : "a";

            (holder.equals("a") ? a : b).kill();
            clickNext();

            // The other instance does not know the session: Vaadin reloads the page, which starts one there.
            page.waitForCondition(() -> other.equals(route()));
            assertThat(page.getByText("Start the assessment")).isVisible();
            page.navigate(nginx.url("resume/" + token));
            expectPath("assessment/step/experience");
            expectAnswered(page, "en", "experience-owner", "yes");
            expectAnswered(page, "en", "customer-needs", "4");
            answer("en", "touchpoints-owned", List.of("promotions"));
            answer("en", "customer-service-involved", "no");
            clickNext();
            expectPath("assessment/step/technology");
            expectAllSaved();
            assertThat(route()).isEqualTo(other);

            page.waitForCondition(() -> getJson(nginx.url("api/assessments/" + token)).at("/answers").size() == 8);
            JsonNode stored = getJson(nginx.url("api/assessments/" + token));
            assertThat(stored.at("/answers/company-size").asText()).isEqualTo("1-10");
            assertThat(stored.at("/answers/main-goal").asText()).isEqualTo("Grow online sales <b>fast</b>");
            assertThat(stored.at("/answers/experience-owner").asText()).isEqualTo("yes");
            assertThat(stored.at("/answers/customer-needs").asInt()).isEqualTo(4);
            assertThat(stored.at("/answers/touchpoints-owned/0").asText()).isEqualTo("promotions");
            assertThat(stored.at("/answers/customer-service-involved").asText()).isEqualTo("no");
        } finally {
            a.kill();
            b.kill();
        }
    }

    private static RunningApp instance(String route, String[] database) {
        try {
            return RunningApp.startOn(Files.createTempDirectory("readiness-failover-" + route),
                    "--spring.datasource.url=" + database[0], "--spring.datasource.username=" + database[1],
                    "--spring.datasource.password=" + database[2], "--readiness.instance.route=" + route);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The route the browser's session cookie ends with: the instance that holds the session. */
    private String route() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value.substring(cookie.value.lastIndexOf('.') + 1))
                .findFirst().orElse("");
    }
}
