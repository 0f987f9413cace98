package org.readiness.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: a fresh browser context per test against the running app, with helpers to answer
 * questions the way a person does, to check accessibility with axe and to save screenshots.
 */
abstract class E2eTest {

    static final String QUESTIONNAIRE = "commerce-stakeholders";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * How long an assertion waits for the state it expects before it fails. Passing tests never wait this long; a
     * busy 2-core CI machine may take more than Playwright's 5 s to render a fresh server's first page.
     */
    static final double ASSERTION_TIMEOUT_MILLIS = 15_000;

    protected final RunningApp app = appUnderTest();
    protected BrowserContext context;
    protected Page page;

    /** The app the test drives: the shared instance, unless the test needs one of its own (it must use no field). */
    RunningApp appUnderTest() {
        return RunningApp.get();
    }

    @BeforeEach
    void openBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MILLIS);
        context = newContext("en-GB");
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    BrowserContext newContext(String locale) {
        return Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900).setAcceptDownloads(true)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    }

    /**
     * Waits until the page's Vaadin client has no request in flight, so that nothing it still does (a Back's round
     * trip, say) can cut into what the test does next, such as opening another address in the same tab.
     */
    static void settled(Page page) {
        page.waitForFunction("() => Object.values(window.Vaadin?.Flow?.clients ?? {})"
                + ".every(client => typeof client.isActive !== 'function' || !client.isActive())");
    }

    /**
     * Answers in the order a person gives them, unlike {@code Map.of}: a question shown only after another's answer
     * (the ERP technicians after the ERP) must come after it.
     */
    static Map<String, Object> inOrder(Object... questionsAndValues) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndValues.length; i += 2) {
            answers.put((String) questionsAndValues[i], questionsAndValues[i + 1]);
        }
        return answers;
    }

    /** Answers a question by clicking its option, as a person would; values are the file's option values. */
    void answer(String language, String questionId, Object value) {
        answer(page, language, questionId, value);
    }

    /** The same in another browser context's page, such as a second respondent's. */
    void answer(Page target, String language, String questionId, Object value) {
        JsonNode question = question(language, questionId);
        Locator field = questionField(target, language, questionId);
        switch (question.get("type").asText()) {
            case "text", "number" -> field.fill(String.valueOf(value));
            default -> values(value).forEach(each -> choice(field, language, question, each).check());
        }
    }

    /** The page shows the answer as chosen (or typed), as a person sees it on coming back to the question. */
    void expectAnswered(Page target, String language, String questionId, Object value) {
        JsonNode question = question(language, questionId);
        Locator field = questionField(target, language, questionId);
        switch (question.get("type").asText()) {
            case "text", "number" -> assertThat(field).hasValue(String.valueOf(value));
            default -> values(value).forEach(each -> assertThat(choice(field, language, question, each)).isChecked());
        }
    }

    /**
     * A question's field as a person (or a screen reader) finds it: a radio group, a group of checkboxes, a text box
     * or a number field, named by the question's text.
     */
    Locator questionField(Page target, String language, String questionId) {
        JsonNode question = question(language, questionId);
        AriaRole role = switch (question.get("type").asText()) {
            case "multiple" -> AriaRole.GROUP;
            case "text" -> AriaRole.TEXTBOX;
            case "number" -> AriaRole.SPINBUTTON;
            default -> AriaRole.RADIOGROUP;
        };
        return target.getByRole(role, new Page.GetByRoleOptions().setName(question.get("text").asText())
                .setExact(true));
    }

    private static List<String> values(Object value) {
        return value instanceof java.util.Collection<?> many ? many.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }

    /** An option of a choice question: a radio button, or a checkbox of a question that takes several. */
    private static Locator choice(Locator field, String language, JsonNode question, String value) {
        return switch (question.get("type").asText()) {
            case "multiple" -> field.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                    .setName(label(language, question, value)).setExact(true));
            case "scale" -> field.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName(scalePoint(language, question, value)));
            default -> field.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName(label(language, question, value)).setExact(true));
        };
    }

    /** A point of a scale is named by its number, an end point by its number and its words ("1 Hardly at all"). */
    private static java.util.regex.Pattern scalePoint(String language, JsonNode question, String value) {
        return value.matches("\\d+") ? java.util.regex.Pattern.compile("^" + value + "( |$)")
                : java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(label(language, question, value))
                + "$");
    }

    private static String label(String language, JsonNode question, String value) {
        boolean swedish = "sv".equals(language);
        return switch (value) {
            case "yes" -> swedish ? "Ja" : "Yes";
            case "no" -> swedish ? "Nej" : "No";
            case "dont-know" -> swedish ? "Vet inte" : "Don't know";
            case "not-applicable" -> swedish ? "Ej tillämpligt" : "Not applicable";
            default -> {
                if ("scale".equals(question.get("type").asText())) {
                    yield value;
                }
                for (JsonNode option : question.get("options")) {
                    if (option.get("value").asText().equals(value)) {
                        yield option.get("label").asText();
                    }
                }
                throw new IllegalArgumentException("no option " + value + " in " + question.get("id"));
            }
        };
    }

    JsonNode question(String language, String questionId) {
        for (JsonNode step : definition(language).get("steps")) {
            for (JsonNode question : step.get("questions")) {
                if (question.get("id").asText().equals(questionId)) {
                    return question;
                }
            }
        }
        throw new IllegalArgumentException("no question " + questionId);
    }

    JsonNode definition(String language) {
        return get("api/questionnaires/" + QUESTIONNAIRE + "?lang=" + language);
    }

    JsonNode get(String path) {
        return get(app, path);
    }

    static JsonNode get(RunningApp from, String path) {
        return read(from.url(path), false);
    }

    /** A GET that must answer 200, read as JSON. */
    static JsonNode getJson(String url) {
        return read(url, true);
    }

    private static JsonNode read(String url, boolean mustBeOk) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (mustBeOk) {
                org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * From the start page: the company step and two answers of the next, as a merchant gives them. Returns the resume
     * token once the page says every answer is saved and the database holds the six ({@code urlOf} makes an address
     * of the server or balancer the page talks to).
     */
    String startAndGiveSixAnswers(java.util.function.UnaryOperator<String> urlOf) {
        page.getByText("Start the assessment").click();
        MerchantJourneyIT.SMALL_SHOP.get(0).forEach((question, value) -> answer("en", question, value));
        clickNext();
        expectPath("assessment/step/experience");
        answer("en", "experience-owner", "yes");
        answer("en", "customer-needs", "4");
        // The page's own word, which it gives only once the server has stored the last answer (issue 14.10).
        expectAllSaved();
        String token = resumeLink().inputValue().replaceAll(".*/resume/", "");
        page.waitForCondition(() -> getJson(urlOf.apply("api/assessments/" + token)).at("/answers").size() == 6);
        return token;
    }

    JsonNode evaluate(String language, Map<String, Object> answers) {
        try {
            String body = JSON.writeValueAsString(Map.of("answers", answers));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(app.url("api/questionnaires/" + QUESTIONNAIRE + "/evaluate?lang=" + language)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Next, or on the last step of a merchant's assessment "Review your answers", in either language. */
    void clickNext() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Words.either("wizard.next", "wizard.to-review"))).click();
    }

    /** The field that shows the personal link to come back later, in either language. */
    Locator resumeLink() {
        return page.getByLabel(Words.either("resume.link-label"));
    }

    /** A button by its exact name (some tests have a {@code button} of their own). */
    Locator buttonNamed(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The page's title, its one top-level heading. */
    Locator pageHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The overall score (or "–" while required answers are open) as the result's summary shows it. */
    Locator overallScore(String language) {
        return region(Words.in(language, "result.overall"))
                .getByText(java.util.regex.Pattern.compile("^(\\d+|\u2013)$"));
    }

    /** A part of the page named by its heading (a landmark a screen reader lists), such as a result's section. */
    Locator region(String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Waits until the page itself says that every change is stored, as a person reads it: the text shown, not text
     * the page keeps hidden. The page says so only once the server has confirmed the latest change.
     */
    void expectAllSaved() {
        assertThat(saveStatus()).hasText(SAVED, new LocatorAssertions.HasTextOptions().setUseInnerText(true));
    }

    Locator saveStatus() {
        return page.getByRole(AriaRole.STATUS);
    }

    static final String SAVED = "All answers saved";

    /** Logs in through the login page, as a person does, in whichever language the page speaks. */
    void login(String username, String password) {
        page.navigate(app.url("login"));
        page.getByLabel(Words.either("login.username")).fill(username);
        page.getByLabel(Words.either("login.password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Words.either("login.submit"))).click();
        expectPath("consultant");
    }

    /** Adds a client through the clients page (logged in) and returns the address of its page. */
    String addClient(String organisation) {
        page.navigate(app.url("consultant"));
        return newClient("en", organisation);
    }

    /** Adds a client from the clients page shown, in its language, and returns the address of the client's page. */
    String newClient(String language, String organisation) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Words.in(language, "clients.new")))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel(Words.in(language, "clients.organisation"), new Locator.GetByLabelOptions().setExact(true))
                .fill(organisation);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Words.in(language, "client.save")))
                .click();
        assertThat(pageHeading()).hasText(organisation);
        // Vaadin updates the address just after the page; wait for it before taking it.
        expectPath("consultant/clients/\\d+");
        assertThat(dialog).isHidden();
        return page.url();
    }

    /** The note stored on a question of a client's latest assessment, read from the app's database. */
    String storedNote(String organisation, String questionId) {
        try (Connection database = app.database();
             PreparedStatement query = database.prepareStatement("SELECT n.note FROM assessment_note n "
                     + "JOIN assessment a ON a.id = n.assessment_id JOIN client c ON c.id = a.client_id "
                     + "WHERE c.organisation = ? AND n.question_id = ? ORDER BY a.id DESC")) {
            query.setString(1, organisation);
            query.setString(2, questionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void expectPath(String path) {
        // Playwright hands the pattern to JavaScript, which knows no \\Q...\\E quoting.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/" + path.replace(".", "\\.") + "$"));
    }

    /**
     * The same, for a page that may legitimately take longer to answer: a freshly started server's first page, or
     * a step change queued behind one of the page's tries to reach a database that is down (each holds the page for
     * up to the connection timeout).
     */
    void expectPath(String path, double timeoutMillis) {
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/" + path.replace(".", "\\.") + "$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(timeoutMillis));
    }

    /** No WCAG 2.1 A/AA violation of serious or critical impact on the page as it is now. */
    void expectAccessible(String pageName) {
        expectAccessible(page, pageName);
    }

    void expectAccessible(Page target, String pageName) {
        AxeResults results = new AxeBuilder(target)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe).as(pageName + ": " + severe.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        AccessibilityLog.record(pageName, results.getViolations().size(), results.getPasses().size());
    }

    /** Saves the page at 1280 px and at 390 px wide, full length. */
    void screenshot(String name) {
        screenshot(page, name);
    }

    void screenshot(Page target, String name) {
        for (int width : new int[] {1280, 390}) {
            target.setViewportSize(width, 900);
            target.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        target.setViewportSize(1280, 900);
    }

    /** Looks at the page, both ways: accessibility and screenshots. */
    void look(String name) {
        // Vaadin renders after the page has loaded; its title is the sign that the view is there.
        assertThat(page).hasTitle(java.util.regex.Pattern.compile(".+"));
        expectAccessible(name);
        screenshot(name);
    }
}
