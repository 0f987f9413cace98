package org.readiness.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workshop of four in the room, each in a browser of their own: Eva on a laptop, Tom on a 390 px phone, Tove in a
 * Swedish browser (Tom and Tove answer alike), Ella who joins by typing the short code from the wall. The
 * coordinator's page and the presenter view on the wall screen follow by push; sent answers stay sent whatever Back
 * or a second tab do; the room locks, reveals, and talks one question at a time.
 */
class TeamRoomIT extends E2eTest {

    private static final List<String> STEPS = List.of("experience", "technology", "sponsorship");

    @Test
    void a_workshop_of_four_runs_from_the_wall_screen_to_talking_one_question_at_a_time() throws Exception {
        String teamPage = startTeam(false);
        String coordinatorToken = teamPage.replaceAll(".*/team/", "");
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Eva", invite("Experience owner", "Eva"));
        links.put("Tom", invite("Technology owner", "Tom"));
        links.put("Tove", invite("Technology owner", "Tove"));
        assertThat(count(page)).hasText("0 of 3 have sent their answers");

        // A double click makes one invitation; a withdrawn one leaves the count.
        page.getByLabel("Role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Executive sponsor").setExact(true)).click();
        page.getByLabel("Name (optional)").fill("Max");
        Locator create = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation"));
        create.dblclick();
        assertThat(personalLink(page, "Executive sponsor (Max)")).isVisible();
        assertThat(create).isEnabled();
        assertThat(count(page)).hasText("0 of 4 have sent their answers");
        assertThat(page.locator(".team-members-table tbody tr").filter(new Locator.FilterOptions().setHasText("Max")))
                .hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Withdraw the invitation of Executive sponsor (Max)")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw").setExact(true)).click();
        assertThat(count(page)).hasText("0 of 3 have sent their answers");

        Page wall = page.waitForPopup(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Open the presenter view (new tab)")).click());
        wall.setViewportSize(1920, 1080);
        assertThat(wall.locator(".presenter-count")).hasText("0 of 3 have sent their answers");
        BoundingBox qr = wall.locator(".presenter-qr").boundingBox();
        assertThat(qr.height).as("the QR code reads from the back of the room").isGreaterThanOrEqualTo(1080 / 3.0);
        String code = wall.locator(".presenter-code").innerText();
        assertThat(code).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        expectAccessible(wall, "presenter-join");
        wall.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presenter-join-1920.png")));

        List<BrowserContext> devices = new ArrayList<>();
        try {
            Page eva = device(devices, "en-GB", 1280, links.get("Eva"));
            Page tom = device(devices, "en-GB", 390, links.get("Tom"));
            Page tove = device(devices, "sv-SE", 1280, links.get("Tove"));
            assertThat(tove.locator(".journey-notice")).containsText("Vem som ser dina svar");
            assertThat(tove.locator(".journey-notice")).containsText("Ansvarig för tekniken (Tove)");
            Page ella = newDevice(devices, "en-GB", 1280);
            ella.navigate(app.url("join"));
            ella.getByLabel("Code").fill(code.toLowerCase());
            ella.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
            ella.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Executive sponsor")))
                    .check();
            ella.getByLabel("Name (optional)").fill("Ella");
            ella.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start answering")).click();
            assertThat(wall.locator(".presenter-count")).hasText("0 of 4 have sent their answers");

            answerAll(eva, "en", "experience");
            answerAll(tom, "en", "technology");
            answerAll(tove, "sv", "technology");
            answerAll(ella, "en", "executive-sponsor");
            // Tom's second tab, opened before he sends.
            Page tomAgain = tom.context().newPage();
            tomAgain.navigate(links.get("Tom"));
            assertThat(tomAgain).hasURL(Pattern.compile(".*/assessment/step/sponsorship$"));

            int sent = 0;
            for (Page respondent : List.of(eva, tom, tove, ella)) {
                respondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^(Send my answers|Skicka mina svar)$"))).click();
                assertThat(respondent.locator("h1")).hasText(Pattern.compile("Thank you|Tack"));
                sent++;
                assertThat(wall.locator(".presenter-count")).hasText(sent + " of 4 have sent their answers");
            }
            lookAt(tom, "team-sent-phone");

            // Sent is sent: Back, a second tab's click and a step typed in change nothing.
            JsonNode before = teamResult(coordinatorToken);
            tom.goBack();
            assertThat(tom.locator("h1")).hasText("Thank you: your answers are in");
            tomAgain.locator(".question[data-question='leadership-priority']").getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("^1( |$)"))).click();
            assertThat(tomAgain.locator("h1")).hasText("Thank you: your answers are in");
            settled(tom);
            tom.navigate(app.url("assessment/step/technology"));
            assertThat(tom.locator("h1")).hasText("Thank you: your answers are in");
            JsonNode after = teamResult(coordinatorToken);
            assertThat(after.at("/result/answers")).isEqualTo(before.at("/result/answers"));
            assertThat(after.at("/result/areas")).isEqualTo(before.at("/result/areas"));

            // Taking back shows on the coordinator's page at once; sending again too.
            tove.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Ta tillbaka mina svar för att ändra dem")).click();
            // The last step, reached through the link marked as taken back (see TeamAnswerView).
            assertThat(tove).hasURL(Pattern.compile(".*/assessment/step/sponsorship(\\?taken-back)?$"));
            assertThat(state(page, "Tove")).hasText("Took their answers back to change them");
            assertThat(wall.locator(".presenter-count")).hasText("3 of 4 have sent their answers");
            tove.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka mina svar")).click();
            assertThat(state(page, "Tove")).hasText("Sent again");
            assertThat(wall.locator(".presenter-count")).hasText("4 of 4 have sent their answers");

            // The language menu changes the team page without a reload.
            page.evaluate("window.stillThisPage = true");
            chooseLanguage(page, "Language", "Svenska");
            assertThat(page.locator("h1")).hasText("Ditt teams bedömning");
            assertThat(count(page)).hasText("4 av 4 har skickat sina svar");
            assertThat(page.evaluate("window.stillThisPage")).isEqualTo(true);
            lookAt(page, "team-room-sv");
            chooseLanguage(page, "Språk", "English");
            assertThat(page.locator("h1")).hasText("Your team's assessment");

            lockAndReveal(wall);
            Page late = newDevice(devices, "en-GB", 1280);
            late.navigate(app.url("join"));
            late.getByLabel("Code").fill(code);
            late.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
            assertThat(late.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code")))
                    .hasAttribute("invalid", "");
        } finally {
            devices.forEach(BrowserContext::close);
        }
        everyoneOnTheChart(wall, ".team-chart.chart-wide svg", 4);
        talkOneQuestionAtATime(wall);
        lookAt(page, "team-room-result");
        page.locator(".team-result .team-charts").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("team-chart-1280.png")));
        page.setViewportSize(390, 900);
        everyoneOnTheChart(page, ".team-chart.chart-narrow svg", 4);
        page.locator(".team-chart.chart-narrow svg").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("team-chart-390.png")));
        page.setViewportSize(1280, 900);
    }

    @Test
    void an_anonymous_team_shows_roles_and_counts_on_the_wall_and_in_the_pdf_never_a_name() throws Exception {
        context.close();
        context = newContext("sv-SE");
        page = context.newPage();
        Map<String, Object> body = Map.of("questionnaire", QUESTIONNAIRE, "language", "sv", "anonymous", true,
                "profile", TeamWorkshopIT.PROFILE, "invitations", List.of(
                        Map.of("role", "experience", "name", "Zelda"), Map.of("role", "technology", "name", "Yannick")));
        JsonNode created = post("api/team-assessments", body);
        assertThat(created.at("/anonymous").asBoolean()).isTrue();
        assertThat(created.at("/invitations/0/name").isNull()).as("a name given to an anonymous team is not kept")
                .isTrue();
        page.navigate(app.url(created.at("/coordinatorLink").asText().substring(1)));
        assertThat(page.locator("h1")).hasText("Ditt teams bedömning",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator(".team-note").first()).containsText("anonymt");
        assertThat(page.getByLabel("Namn (frivilligt)")).hasCount(0);
        List<BrowserContext> devices = new ArrayList<>();
        try {
            List<String> views = List.of("experience", "technology");
            for (int i = 0; i < views.size(); i++) {
                Page respondent = device(devices, "sv-SE", 1280,
                        app.url(created.at("/invitations/" + i + "/link").asText().substring(1)));
                assertThat(respondent.locator(".journey-notice")).not().containsText("namn,");
                answerAll(respondent, "sv", views.get(i));
                respondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka mina svar")).click();
                assertThat(respondent.locator("h1")).hasText("Tack! Dina svar är skickade");
                lookAt(respondent, "team-sent-sv");
            }
        } finally {
            devices.forEach(BrowserContext::close);
        }
        assertThat(count(page)).hasText("2 av 2 har skickat sina svar");
        Page wall = page.waitForPopup(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Öppna presentationsvyn (ny flik)")).click());
        wall.setViewportSize(1920, 1080);
        assertThat(wall.locator(".presenter-count")).hasText("2 av 2 har skickat sina svar");
        expectAccessible(wall, "presenter-join-sv");
        wall.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presenter-join-sv-1920.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lås teamet")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa resultatet")).click();
        assertThat(wall.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Teamets resultat")))
                .isVisible();
        assertThat(wall.locator(".answer-bar-who").first()).hasText(Pattern.compile("^(ingen|1 person|\\d+ personer)$"));
        expectAccessible(wall, "presenter-result-sv");
        wall.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presenter-result-sv-1920.png")));
        assertThat(wall.locator("body").innerText()).doesNotContain("Zelda", "Yannick");
        assertThat(page.locator("body").innerText()).doesNotContain("Zelda", "Yannick");
        lookAt(page, "team-anonymous-sv");

        var pdf = page.waitForDownload(() -> page.getByText("Ladda ner teamets PDF").click());
        pdf.saveAs(SCREENSHOTS.resolve("team-anonymous-sv.pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf.path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ansvarig för upplevelsen", "Ansvarig för tekniken")
                    .doesNotContain("Zelda", "Yannick");
        }
        Page typing = context.newPage();
        typing.navigate(app.url("join"));
        assertThat(typing.locator("h1")).hasText("Anslut till ditt team med en kod");
        lookAt(typing, "join-by-code-sv");
    }

    /** Locks the team (the wall says the result comes), then reveals it there. */
    private void lockAndReveal(Page wall) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock the team")).click();
        assertThat(wall.locator(".presenter-words")).containsText("The team is locked: the result comes in a moment.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the result")).click();
        assertThat(wall.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The team's result")))
                .isVisible();
        wall.bringToFront();
        expectAccessible(wall, "presenter-result");
        wall.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presenter-result-1920.png")));
        wall.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("presenter-result-full-1920.png")));
    }

    private void talkOneQuestionAtATime(Page wall) {
        Locator place = wall.locator(".presenter-place");
        assertThat(place).hasText(Pattern.compile("Question 1 of \\d+"));
        String first = wall.locator(".presenter-question").innerText();
        assertThat(wall.locator(".answer-bar").first()).isVisible();
        wall.keyboard().press("ArrowRight");
        assertThat(place).hasText(Pattern.compile("Question 2 of \\d+"));
        assertThat(wall.locator(".presenter-question")).not().hasText(first);
        wall.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous question")).click();
        assertThat(place).hasText(Pattern.compile("Question 1 of \\d+"));
        assertThat(wall.locator(".presenter-question")).hasText(first);
    }

    /** Every respondent has a marker in every area's row, and no marker covers another. */
    private static void everyoneOnTheChart(Page target, String chart, int people) {
        Locator markers = target.locator(chart + " :is(circle, polygon):has(title)");
        assertThat(markers).hasCount(people * 3);
        List<BoundingBox> boxes = new ArrayList<>();
        for (int i = 0; i < people * 3; i++) {
            boxes.add(markers.nth(i).boundingBox());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                BoundingBox a = boxes.get(i);
                BoundingBox b = boxes.get(j);
                boolean apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5
                        || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
                assertThat(apart).as(chart + ": marker " + i + " " + box(a) + " and " + j + " " + box(b)).isTrue();
            }
        }
    }

    private static String box(BoundingBox box) {
        return "(" + box.x + ", " + box.y + ", " + box.width + " x " + box.height + ")";
    }

    /** From the start page through the company profile to the team page; returns its address. */
    String startTeam(boolean anonymous) {
        page.navigate(app.url(""));
        if (anonymous) {
            page.getByLabel("Anonymous: ask no names").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess with your team")).click();
        expectPath("assessment/step/company");
        TeamWorkshopIT.PROFILE.forEach((question, value) -> answer("en", question, value));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue: invite your team")).click();
        expectPath("team/[A-Za-z0-9_-]{43}");
        return page.url();
    }

    /** Invites someone by role and name on the coordinator's page; returns their personal link. */
    String invite(String role, String name) {
        page.getByLabel("Role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        if (name != null) {
            page.getByLabel("Name (optional)").fill(name);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation")).click();
        Locator link = personalLink(page, name == null ? role : role + " (" + name + ")").first();
        assertThat(link).hasValue(Pattern.compile(".*/team/answer/[A-Za-z0-9_-]{43}$"));
        return link.inputValue();
    }

    static Locator personalLink(Page target, String who) {
        return target.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Personal link for " + who)
                .setExact(true));
    }

    static Locator count(Page target) {
        return target.locator(".team-members .team-count");
    }

    private static Locator state(Page target, String name) {
        return target.locator(".team-members-table tbody tr").filter(new Locator.FilterOptions().setHasText(name))
                .locator(".team-state");
    }

    Page newDevice(List<BrowserContext> devices, String locale, int width) {
        BrowserContext device = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(width, width < 600 ? 844 : 900)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        devices.add(device);
        return device.newPage();
    }

    Page device(List<BrowserContext> devices, String locale, int width, String link) {
        Page respondent = newDevice(devices, locale, width);
        respondent.navigate(link);
        // A new browser's first page of the app loads its scripts first, which takes longest on a busy machine.
        assertThat(respondent).hasURL(Pattern.compile(".*/assessment/step/experience$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
        return respondent;
    }

    /** Answers every step of a role's view, as TeamWorkshopIT's people do; stops on the last step, not sent. */
    void answerAll(Page respondent, String language, String view) {
        List<Map<String, Object>> steps = TeamWorkshopIT.VIEWS.get(view);
        for (int step = 0; step < steps.size(); step++) {
            steps.get(step).forEach((question, value) -> answer(respondent, language, question, value));
            if (step < steps.size() - 1) {
                respondent.locator("vaadin-button.next-button").click();
                assertThat(respondent).hasURL(Pattern.compile(".*/assessment/step/" + STEPS.get(step + 1) + "$"));
            }
        }
    }

    private JsonNode post(String path, Object body) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url(path))).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    /** The team as the API reads it by the coordinator's token. */
    JsonNode teamResult(String coordinatorToken) {
        return getJson(app.url("api/team-assessments/" + coordinatorToken));
    }

    /**
     * Picks a language from the header's menu and waits until the menu has closed: while it closes, its list is still
     * shown (and axe would check it, or the screenshot catch it half gone).
     */
    private static void chooseLanguage(Page target, String menuLabel, String language) {
        Locator list = target.getByRole(AriaRole.LISTBOX);
        target.getByLabel(menuLabel).click();
        assertThat(list).isVisible();
        target.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language)).click();
        assertThat(list).isHidden();
    }

    /** Looks at a page that may be behind another tab of its browser: a tab in the background draws nothing. */
    private void lookAt(Page target, String name) {
        target.bringToFront();
        expectAccessible(target, name);
        screenshot(target, name);
    }
}
