package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database goes away in the middle of an assessment and comes back. The database is a real H2 server in this
 * JVM, which the test stops and starts again on the same port and files; the app reaches it over TCP.
 */
class DatabaseOutageIT extends E2eTest {

    /** Enough for a few of the page's retries; the page tries again every few seconds. */
    private static final double RECOVERY_TIMEOUT_MILLIS = 20_000;

    /** A step change may queue behind one of the page's tries, which waits up to 3 s for a connection. */
    private static final double DURING_THE_OUTAGE_MILLIS = 15_000;

    private final Map<String, Object> given = new LinkedHashMap<>();

    @Test
    void answers_given_while_the_database_is_down_stay_on_the_page_and_are_stored_once_it_is_back() throws Exception {
        Path files = Files.createTempDirectory("readiness-outage-db");
        int port = RunningApp.freePort();
        Server database = startDatabase(port, files);
        RunningApp own = RunningApp.startOn(Files.createTempDirectory("readiness-outage-data"),
                "--spring.datasource.url=" + url(port) + ";WRITE_DELAY=0");
        // While the database is away, a request waits up to 3 s for a connection, and it may queue behind one of the
        // page's own tries: on a loaded machine that takes longer than the 5 s Playwright waits by default.
        PlaywrightAssertions.setDefaultAssertionTimeout(RECOVERY_TIMEOUT_MILLIS);
        try {
            page.navigate(own.url(""));
            page.getByText("Start the assessment").click();
            MerchantJourneyIT.SMALL_SHOP.get(0).forEach(this::give);
            clickNext();
            expectPath("assessment/step/experience");
            give("experience-owner", "yes");
            expectAllSaved();
            String link = resumeLink().inputValue();

            stop(database, port);
            give("touchpoints-owned", List.of("product-assortment", "promotions"));
            expectNotSaved();
            give("customer-needs", "3");
            give("customer-service-involved", "yes");
            clickNext();
            expectPath("assessment/step/technology", DURING_THE_OUTAGE_MILLIS);
            give("platforms", List.of("erp"));
            give("it-from-day-one", "later");
            expectNotSaved();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
            expectPath("assessment/step/experience", DURING_THE_OUTAGE_MILLIS);
            expectAnswered(page, "en", "customer-needs", "3");
            expectNotSaved();
            clickNext();
            expectPath("assessment/step/technology", DURING_THE_OUTAGE_MILLIS);
            expectAnswered(page, "en", "it-from-day-one", "later");
            look("step-technology-database-down-en");
            // Someone else starts an assessment meanwhile: the start page says it could not, and nothing breaks.
            BrowserContext newcomer = newContext("en-GB");
            Page starting = newcomer.newPage();
            starting.navigate(own.url(""));
            starting.getByText("Start the assessment").click();
            assertThat(starting.getByRole(AriaRole.ALERT)).hasText("The assessment could not start: we cannot reach "
                    + "the database right now. Please try again in a moment.");
            assertThat(starting).hasURL(own.url(""));
            lookAt(starting, "start-database-down-en");
            // One of the page's tries (it polls every few seconds while answers wait), which fails too.
            page.waitForResponse(response -> String.valueOf(response.request().postData()).contains("ui-poll"),
                    () -> { });
            expectNotSaved();

            database = startDatabase(port, files);
            Instant back = Instant.now();
            assertThat(saveStatus()).hasText(SAVED, new LocatorAssertions.HasTextOptions()
                    .setTimeout(RECOVERY_TIMEOUT_MILLIS).setUseInnerText(true));
            System.out.println("Database outage: the page showed every answer saved "
                    + Duration.between(back, Instant.now()).toMillis() + " ms after the database was back");
            starting.getByText("Start the assessment").click();
            assertThat(starting).hasURL(java.util.regex.Pattern.compile(".*/assessment/step/company$"));
            newcomer.close();
            // The page says so only once the server has stored both (issue 14.10): no need to watch its requests.
            give("technology-owner", "no");
            give("erp-technicians", "partner");
            expectAllSaved();

            BrowserContext fresh = newContext("en-GB");
            try {
                Page resumed = fresh.newPage();
                resumed.navigate(link);
                try {
                    assertThat(resumed).hasURL(java.util.regex.Pattern.compile(".*/assessment/step/technology$"));
                } catch (AssertionError wrongStep) {
                    throw new AssertionError("The resume link opened the wrong step; stored then: "
                            + get(own, "api/assessments/" + link.replaceAll(".*/resume/", "")), wrongStep);
                }
                expectAnswered(resumed, "en", "platforms", List.of("erp"));
            } finally {
                fresh.close();
            }
            String token = link.replaceAll(".*/resume/", "");
            JsonNode stored = get(own, "api/assessments/" + token).get("answers");
            assertThat(stored.size()).isEqualTo(given.size());
            given.forEach((question, value) -> assertThat(plain(stored.get(question))).as(question)
                    .isEqualTo(value instanceof List<?> list ? list.toString() : String.valueOf(value)));

            // The database goes away again as the merchant asks for the result: the review page keeps the answers.
            give("back-office-readiness", "being-prepared");
            give("integration-plan", "no");
            clickNext();
            expectPath("assessment/step/sponsorship");
            MerchantJourneyIT.SMALL_SHOP.get(3).forEach(this::give);
            expectAllSaved();
            clickNext();
            expectPath("assessment/review");
            stop(database, port);
            buttonNamed("See the result").click();
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Your result cannot be shown yet: we cannot reach the "
                    + "database. Your answers are kept on this page; try again in a moment.");
            expectPath("assessment/review");
            look("review-database-down-en");
            database = startDatabase(port, files);
            buttonNamed("See the result").click();
            expectPath("assessment/result");

            // And once more while the merchant names the organisation for the score card.
            stop(database, port);
            Locator organisation = page.getByLabel("Organisation name (optional)");
            organisation.fill("Växjö Verktyg AB");
            organisation.press("Tab");
            assertThat(page.getByText("Not saved yet: we cannot reach the database. The name stays here and is saved "
                    + "as soon as the connection is back.")).isVisible();
            look("result-organisation-database-down-en");
            database = startDatabase(port, files);
            assertThat(page.getByText("Organisation name saved.")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(RECOVERY_TIMEOUT_MILLIS));
            assertThat(organisation).hasValue("Växjö Verktyg AB");
            JsonNode finished = get(own, "api/assessments/" + token);
            assertThat(finished.get("state").asText()).isEqualTo("finished");
            assertThat(finished.get("organisation").asText()).isEqualTo("Växjö Verktyg AB");
        } finally {
            PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MILLIS);
            own.kill();
            database.stop();
        }
    }

    private void give(String questionId, Object value) {
        answer("en", questionId, value);
        given.put(questionId, value);
    }

    /** {@link #look} at another page than the test's own. */
    private void lookAt(Page other, String name) {
        Page own = page;
        page = other;
        try {
            look(name);
        } finally {
            page = own;
        }
    }

    /** The page says, in the words it shows, that the answers are not saved, and why. */
    private void expectNotSaved() {
        assertThat(saveStatus()).containsText("Not saved: we could not reach the database.",
                new LocatorAssertions.ContainsTextOptions().setUseInnerText(true));
    }

    private static String plain(JsonNode answer) {
        if (answer == null || !answer.isArray()) {
            return answer == null ? null : answer.asText();
        }
        List<String> values = new java.util.ArrayList<>();
        answer.forEach(each -> values.add(each.asText()));
        return values.toString();
    }

    private static String url(int port) {
        return "jdbc:h2:tcp://localhost:" + port + "/readiness";
    }

    private static Server startDatabase(int port, Path files) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                files.toString()).start();
    }

    /** Stops the server and makes sure that the outage is real: open connections are dead, new ones refused. */
    private static void stop(Server database, int port) throws SQLException {
        Connection open = DriverManager.getConnection(url(port), "sa", "");
        database.stop();
        assertThat(open.isValid(2)).as("a connection opened before the stop").isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(url(port), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }
}
