package org.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.assessment.OrganisationName;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.ui.PageMarkup;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientSummary;
import org.readiness.consultant.Role;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.Format;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;
import org.readiness.scorecard.ScoreCards;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readiness.HostileTextTest.Output.CSV;
import static org.readiness.HostileTextTest.Output.JSON;
import static org.readiness.HostileTextTest.Output.PAGE;
import static org.readiness.HostileTextTest.Output.PDF;

/**
 * Every hostile string in every free-text field, through the pages as a consultant uses them, checked in every
 * output that shows the field: the page (as text, never as HTML), the PDF, JSON and CSV score cards and the
 * consultant's CSV of all assessments. Text over a field's limit is refused with a message and shows nowhere.
 */
@TestPropertySource(properties = "readiness.questionnaires.dir=questionnaires")
class HostileTextTest extends KaribuTest {

    private static final String QUESTIONNAIRE = "commerce-stakeholders";
    private static final String GOAL = "main-goal";
    private static final Path SUMMARY = Path.of("target", "hostile-text-summary.txt");
    private static final ObjectMapper JSON_READER = new ObjectMapper();
    private static final SweepTally sweep = new SweepTally();
    private static final SweepTally overLimit = new SweepTally();

    enum Output { PAGE, PDF, JSON, CSV }

    enum Field {
        ORGANISATION(OrganisationName.LIMIT, PAGE, PDF, JSON, CSV),
        MAIN_GOAL(1000, PAGE, PDF, JSON, CSV),
        INTERVIEW_NOTE(AnswerService.NOTE_LIMIT, PAGE, PDF, JSON, CSV),
        CLIENT_NAME(ClientDetails.NAME_LIMIT, PAGE, CSV),
        CLIENT_CONTACT(ClientDetails.NAME_LIMIT, PAGE),
        CLIENT_INDUSTRY(ClientDetails.NAME_LIMIT, PAGE),
        CLIENT_NOTES(ClientDetails.NOTES_LIMIT, PAGE);

        final int limit;
        final List<Output> outputs;

        Field(int limit, Output... outputs) {
            this.limit = limit;
            this.outputs = List.of(outputs);
        }
    }

    private static final List<Field> CLIENT_FIELDS = List.of(Field.CLIENT_NAME, Field.CLIENT_CONTACT,
            Field.CLIENT_INDUSTRY, Field.CLIENT_NOTES);
    private static final Map<Field, String> CLIENT_LABELS = Map.of(Field.CLIENT_NAME, "clients.organisation",
            Field.CLIENT_CONTACT, "clients.contact", Field.CLIENT_INDUSTRY, "clients.industry",
            Field.CLIENT_NOTES, "client.notes");
    private static final Map<Field, String> CLIENT_PROBLEMS = Map.of(Field.CLIENT_NAME, "organisation.too-long",
            Field.CLIENT_CONTACT, "contact-person.too-long", Field.CLIENT_INDUSTRY, "industry.too-long",
            Field.CLIENT_NOTES, "notes.too-long");

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    QuestionnaireCatalog catalog;

    @BeforeEach
    void aConsultant() {
        loginAs("admin", "ADMIN");
        String username = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Hostile Tester", "a-long-password-1", Role.CONSULTANT);
        loginAs(username, "CONSULTANT");
    }

    @AfterAll
    static void summary() {
        String sweepLine = sweep.summary("Hostile text sweep");
        String limitLine = overLimit.summary("Hostile text over each field's limit");
        System.out.println(sweepLine);
        System.out.println(limitLine);
        SweepTally.write(SUMMARY, sweepLine, limitLine);
    }

    static Stream<HostileText.Sample> samples() {
        return HostileText.SAMPLES.stream();
    }

    @Test
    void the_main_goal_field_has_the_limit_the_sweep_fills() {
        assertThat(goalQuestion().textLimit()).isEqualTo(Field.MAIN_GOAL.limit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_output_shows_hostile_text_literally_and_never_as_html(HostileText.Sample sample) throws Exception {
        Map<Field, HostileText> text = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            text.put(field, sample.forLimit(field.limit));
        }
        SweepTally.Run run = sweep.run(sample.name(), Stream.of(Field.values())
                .flatMap(field -> field.outputs.stream().map(output -> field + " " + output)).toList());
        try {
            sweep(run, text);
        } catch (Exception | AssertionError broken) {
            run.abort(broken);
        }
        run.finish();
    }

    private void sweep(SweepTally.Run run, Map<Field, HostileText> text) throws Exception {
        List<String> markup = new ArrayList<>();
        long clientId = createClient(text);
        String heading = _get(H1.class).getText();
        String title = UI.getCurrent().getInternals().getTitle();
        String details = _get(Paragraph.class, spec -> spec.withClasses("client-details")).getText();
        String clientNotes = _get(Paragraph.class, spec -> spec.withClasses("client-notes")).getText();
        collectMarkup(markup);
        navigate("consultant");
        List<String> listed = listedClient(clientId);
        collectMarkup(markup);

        long assessmentId = interview(clientId, text);
        navigate("consultant/interview/" + assessmentId);
        String goal = goalAnswer().getValue();
        String note = goalNote().getValue();
        collectMarkup(markup);
        navigate("assessment/review");
        String reviewedGoal = reviewedGoal();
        collectMarkup(markup);
        navigate("consultant/interview/" + assessmentId);
        finishTheInterview();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation name (optional)")),
                text.get(Field.ORGANISATION).typed());
        byte[] pdf = download("Download PDF");
        byte[] json = download("Download JSON");
        byte[] csv = download("Download CSV");
        navigate("consultant");
        navigate("assessment/result");
        String organisation = _get(TextField.class, spec -> spec.withLabel("Organisation name (optional)")).getValue();
        collectMarkup(markup);
        navigate("consultant");
        byte[] assessmentsCsv = download("Export all assessments (CSV)");

        HostileText name = text.get(Field.CLIENT_NAME);
        run.check(Field.CLIENT_NAME, PAGE, () -> {
            assertThat(heading).isEqualTo(name.stored());
            assertThat(title).isEqualTo(translation("client.page-title", name.stored()));
            assertThat(listed.get(0)).as("in the list").isEqualTo(name.stored());
            assertNotMarkup(markup, name);
        });
        run.check(Field.CLIENT_CONTACT, PAGE, () -> {
            assertThat(details).startsWith(text.get(Field.CLIENT_CONTACT).stored() + " · ");
            assertThat(listed.get(1)).as("in the list").isEqualTo(text.get(Field.CLIENT_CONTACT).stored());
            assertNotMarkup(markup, text.get(Field.CLIENT_CONTACT));
        });
        run.check(Field.CLIENT_INDUSTRY, PAGE, () -> {
            assertThat(details).isEqualTo(text.get(Field.CLIENT_CONTACT).stored() + " · "
                    + text.get(Field.CLIENT_INDUSTRY).stored());
            assertThat(listed.get(2)).as("in the list").isEqualTo(text.get(Field.CLIENT_INDUSTRY).stored());
            assertNotMarkup(markup, text.get(Field.CLIENT_INDUSTRY));
        });
        run.check(Field.CLIENT_NOTES, PAGE, () -> {
            assertThat(clientNotes).isEqualTo(text.get(Field.CLIENT_NOTES).stored());
            assertNotMarkup(markup, text.get(Field.CLIENT_NOTES));
        });
        run.check(Field.MAIN_GOAL, PAGE, () -> {
            assertThat(goal).as("in the wizard").isEqualTo(text.get(Field.MAIN_GOAL).stored());
            assertThat(reviewedGoal).as("in the review").isEqualTo(text.get(Field.MAIN_GOAL).stored());
            assertNotMarkup(markup, text.get(Field.MAIN_GOAL));
        });
        run.check(Field.INTERVIEW_NOTE, PAGE, () -> {
            assertThat(note).isEqualTo(text.get(Field.INTERVIEW_NOTE).stored());
            assertNotMarkup(markup, text.get(Field.INTERVIEW_NOTE));
        });
        run.check(Field.ORGANISATION, PAGE, () -> {
            assertThat(organisation).isEqualTo(text.get(Field.ORGANISATION).stored());
            assertNotMarkup(markup, text.get(Field.ORGANISATION));
        });
        checkPdf(run, pdf, text);
        checkJson(run, json, text);
        checkCsv(run, csv, text);
        checkAssessmentsCsv(run, assessmentsCsv, assessmentId, name);
    }

    @Test
    void text_over_a_fields_limit_is_refused_with_a_message_and_shows_nowhere() throws Exception {
        Map<Field, HostileText> over = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            over.put(field, HostileText.filling(field.limit + 1));
        }
        SweepTally.Run run = overLimit.run("one character over the limit", Stream.of(Field.values())
                .flatMap(field -> Stream.of(field + " refused with a message", field + " stored nowhere")).toList());

        navigate("consultant");
        _click(_get(Button.class, spec -> spec.withText("New client")));
        String name = "Over the limit " + UUID.randomUUID();
        for (Field field : CLIENT_FIELDS) {
            _setValue(clientInput(Field.CLIENT_NAME), name);
            TextFieldBase<?, String> input = clientInput(field);
            _setValue(input, over.get(field).typed());
            _click(_get(Button.class, spec -> spec.withText("Save")));
            run.check(field, "refused with a message", () -> {
                assertThat(input.isInvalid()).isTrue();
                assertThat(input.getErrorMessage())
                        .isEqualTo(translation("client.problem." + CLIENT_PROBLEMS.get(field)));
            });
            run.check(field, "stored nowhere", () -> {
                assertThat(clients.search(field == Field.CLIENT_NAME ? "Långa ord" : name)).isEmpty();
                ClientDetails details = new ClientDetails(field == Field.CLIENT_NAME ? over.get(field).typed() : name,
                        field == Field.CLIENT_CONTACT ? over.get(field).typed() : null,
                        field == Field.CLIENT_INDUSTRY ? over.get(field).typed() : null,
                        field == Field.CLIENT_NOTES ? over.get(field).typed() : null);
                assertThatThrownBy(() -> clients.create(details)).isInstanceOf(IllegalArgumentException.class);
            });
            _setValue(input, "");
        }
        _setValue(clientInput(Field.CLIENT_NAME), name);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        long clientId = clients.search(name).get(0).id();

        navigate("consultant/clients/" + clientId);
        _click(_get(Button.class, spec -> spec.withText("Start an interview")));
        _setValue(goalAnswer(), over.get(Field.MAIN_GOAL).typed());
        run.check(Field.MAIN_GOAL, "refused with a message", () -> {
            assertThat(goalAnswer().isInvalid()).isTrue();
            assertThat(goalAnswer().getErrorMessage())
                    .isEqualTo(translation("wizard.text-too-long", Field.MAIN_GOAL.limit + 1, Field.MAIN_GOAL.limit));
        });
        _setValue(goalNote(), over.get(Field.INTERVIEW_NOTE).typed());
        run.check(Field.INTERVIEW_NOTE, "refused with a message", () -> {
            assertThat(goalNote().isInvalid()).isTrue();
            assertThat(goalNote().getErrorMessage())
                    .isEqualTo(translation("wizard.text-too-long", Field.INTERVIEW_NOTE.limit + 1,
                            Field.INTERVIEW_NOTE.limit));
        });
        navigate("assessment/review");
        String reviewedGoal = reviewedGoal();
        navigate("assessment/step/company");
        finishTheInterview();
        TextField organisation = _get(TextField.class, spec -> spec.withLabel("Organisation name (optional)"));
        _setValue(organisation, over.get(Field.ORGANISATION).typed());
        run.check(Field.ORGANISATION, "refused with a message", () -> {
            assertThat(organisation.isInvalid()).isTrue();
            assertThat(organisation.getErrorMessage())
                    .isEqualTo(translation("result.organisation.too-long", Field.ORGANISATION.limit));
        });

        JsonNode card = JSON_READER.readTree(download("Download JSON"));
        var stored = interviews.assessments(clientId).get(0).assessment();
        run.check(Field.MAIN_GOAL, "stored nowhere", () -> {
            assertThat(stored.answers().has(GOAL)).as("stored").isFalse();
            assertThat(goalRow(card).get("answer").isNull()).as("in the score card").isTrue();
            assertThat(reviewedGoal).isEqualTo(translation("review.not-answered"));
        });
        run.check(Field.INTERVIEW_NOTE, "stored nowhere", () -> {
            assertThat(stored.notes()).as("stored").isEmpty();
            assertThat(goalRow(card).get("note").isNull()).as("in the score card").isTrue();
        });
        run.check(Field.ORGANISATION, "stored nowhere", () -> {
            // An interview's card carries the client's name until another is given.
            assertThat(stored.organisation()).as("stored").isEqualTo(name);
            assertThat(card.get("organisation").asText()).as("in the score card").isEqualTo(name);
        });
        run.finish();
    }

    // ---- what the sweep does, as a consultant ------------------------------------------------------------------

    private long createClient(Map<Field, HostileText> text) {
        navigate("consultant");
        _click(_get(Button.class, spec -> spec.withText("New client")));
        for (Field field : CLIENT_FIELDS) {
            _setValue(clientInput(field), text.get(field).typed());
        }
        _click(_get(Button.class, spec -> spec.withText("Save")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).as("the client's page opens").startsWith("consultant/clients/");
        return Long.parseLong(path.substring("consultant/clients/".length()));
    }

    /** Starts an interview and writes the goal and a note on it. */
    private long interview(long clientId, Map<Field, HostileText> text) {
        navigate("consultant/clients/" + clientId);
        _click(_get(Button.class, spec -> spec.withText("Start an interview")));
        _setValue(goalAnswer(), text.get(Field.MAIN_GOAL).typed());
        _setValue(goalNote(), text.get(Field.INTERVIEW_NOTE).typed());
        return interviews.assessments(clientId).get(0).assessment().id();
    }

    /** Goes to the interview's last step and finishes it, questions not discussed and all; the result opens. */
    private static void finishTheInterview() {
        while (_find(Button.class, spec -> spec.withText("Finish the interview")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withText("Next")));
        }
        _click(_get(Button.class, spec -> spec.withText("Finish the interview")));
        _find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .forEach(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt::_fireConfirm);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("assessment/result");
    }

    // ---- the checks -------------------------------------------------------------------------------------------

    private void checkPdf(SweepTally.Run run, byte[] pdf, Map<Field, HostileText> text) throws IOException {
        int maximum = pagesWithoutAnyText() + 1 + Stream.of(Field.ORGANISATION, Field.MAIN_GOAL, Field.INTERVIEW_NOTE)
                .mapToInt(field -> text.get(field).printed().length()).sum() / 1000;
        for (Field field : List.of(Field.ORGANISATION, Field.MAIN_GOAL, Field.INTERVIEW_NOTE)) {
            run.check(field, PDF, () -> {
                PrintedPdf printed = PrintedPdf.read(pdf);
                assertThat(printed.shows(text.get(field).printed())).as("the PDF shows it").isTrue();
                assertThat(printed.outsideMargins()).as("glyphs outside the margins").isEmpty();
                assertThat(printed.pages()).as("pages").isBetween(2, maximum);
            });
        }
    }

    private void checkJson(SweepTally.Run run, byte[] json, Map<Field, HostileText> text) {
        run.check(Field.ORGANISATION, JSON, () -> assertThat(JSON_READER.readTree(json).get("organisation").asText())
                .isEqualTo(text.get(Field.ORGANISATION).stored()));
        run.check(Field.MAIN_GOAL, JSON, () -> {
            JsonNode goal = goalRow(JSON_READER.readTree(json));
            assertThat(goal.get("answer").isTextual()).isTrue();
            assertThat(goal.get("answer").asText()).isEqualTo(text.get(Field.MAIN_GOAL).stored());
            assertThat(goal.get("answerText").asText()).isEqualTo(text.get(Field.MAIN_GOAL).stored());
        });
        run.check(Field.INTERVIEW_NOTE, JSON, () -> assertThat(goalRow(JSON_READER.readTree(json)).get("note").asText())
                .isEqualTo(text.get(Field.INTERVIEW_NOTE).stored()));
    }

    private void checkCsv(SweepTally.Run run, byte[] csv, Map<Field, HostileText> text) {
        run.check(Field.ORGANISATION, CSV, () -> assertThat(row(csv, 1, "organisation").get(3))
                .isEqualTo(inSpreadsheet(text.get(Field.ORGANISATION))));
        run.check(Field.MAIN_GOAL, CSV, () -> assertThat(row(csv, 1, GOAL).get(3))
                .isEqualTo(inSpreadsheet(text.get(Field.MAIN_GOAL))));
        run.check(Field.INTERVIEW_NOTE, CSV, () -> assertThat(row(csv, 1, GOAL).get(7))
                .isEqualTo(inSpreadsheet(text.get(Field.INTERVIEW_NOTE))));
    }

    private void checkAssessmentsCsv(SweepTally.Run run, byte[] csv, long assessmentId, HostileText name) {
        run.check(Field.CLIENT_NAME, CSV, () -> {
            CSVRecord header = records(csv).get(0);
            assertThat(header.get(0)).isEqualTo("client");
            assertThat(row(csv, 1, String.valueOf(assessmentId)).get(0)).isEqualTo(inSpreadsheet(name));
        });
    }

    /** Every innerHTML of the page's components: Html and Svg set it, so no user text may be in one. */
    private static void collectMarkup(List<String> markup) {
        PageMarkup.parts().forEach(element -> markup.add(element.getProperty("innerHTML")));
    }

    /**
     * The charts and the read-only parts of pages (the review, the result's next steps, owners and tables) are markup:
     * a text in them is escaped, so markup characters never stand in it as typed, and no element comes of a text.
     */
    private static void assertNotMarkup(List<String> markup, HostileText text) {
        assertThat(markup).as("innerHTML on the pages (the charts and read-only parts have some)").isNotEmpty()
                .noneMatch(html -> asMarkup(html, text.typed()) || asMarkup(html, text.stored()))
                .noneMatch(html -> !org.jsoup.Jsoup.parseBodyFragment(html).select("script, img, [onerror]").isEmpty());
    }

    private static boolean asMarkup(String html, String text) {
        return (text.contains("<") || text.contains("&")) && html.contains(text);
    }

    // ---- finding things ---------------------------------------------------------------------------------------

    /** The client's row in the list of clients, as its cells show it. */
    private static List<String> listedClient(long clientId) {
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> grid = _get(Grid.class);
        for (int i = 0; i < _size(grid); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).client().id() == clientId) {
                return _getFormattedRow(grid, i);
            }
        }
        throw new AssertionError("the list does not show client " + clientId);
    }

    private Component goalBlock() {
        return _find(Div.class).stream()
                .filter(div -> GOAL.equals(div.getElement().getAttribute("data-question")))
                .findFirst().orElseThrow();
    }

    private TextArea goalAnswer() {
        return _find(goalBlock(), TextArea.class).stream().filter(area -> !area.hasClassName("note-field"))
                .findFirst().orElseThrow();
    }

    private TextArea goalNote() {
        return _get(goalBlock(), TextArea.class, spec -> spec.withLabel("Your note"));
    }

    private String reviewedGoal() {
        String question = goalQuestion().text().in("en");
        // The review's answers are one element of markup per step (read-only text), read as the browser gets them.
        for (com.vaadin.flow.component.Html html : _find(com.vaadin.flow.component.Html.class)) {
            for (org.jsoup.nodes.Element term : org.jsoup.Jsoup.parseBodyFragment(html.getInnerHtml())
                    .select("dt")) {
                if (question.equals(term.text())) {
                    return term.nextElementSibling().wholeText();
                }
            }
        }
        throw new AssertionError("the review lists no \"" + question + "\"");
    }

    private org.readiness.questionnaire.Question goalQuestion() {
        return questionnaire().question(GOAL).orElseThrow();
    }

    private Questionnaire questionnaire() {
        return catalog.find(QUESTIONNAIRE).orElseThrow();
    }

    /** A field of the client dialog. */
    private static TextFieldBase<?, String> clientInput(Field field) {
        String label = translation(CLIENT_LABELS.get(field));
        return field == Field.CLIENT_NOTES ? _get(TextArea.class, spec -> spec.withLabel(label))
                : _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static String translation(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    private static byte[] download(String linkText) {
        return _download(_get(Anchor.class, spec -> spec.withText(linkText)));
    }

    private static JsonNode goalRow(JsonNode card) {
        for (JsonNode answer : card.get("answers")) {
            if (GOAL.equals(answer.get("question").asText())) {
                return answer;
            }
        }
        throw new AssertionError("no " + GOAL + " in the JSON score card");
    }

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static CSVRecord row(byte[] csv, int column, String value) throws IOException {
        return records(csv).stream().filter(record -> record.size() > column && record.get(column).equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + value));
    }

    private static String inSpreadsheet(HostileText text) {
        return text.formula() ? "'" + text.stored() : text.stored();
    }

    private int pagesWithoutAnyText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(Format.PDF, Results.of(Evaluation.of(questionnaire(), Answers.none()),
                ResultDetails.unstored(null, Instant.now(), ZoneOffset.UTC), Words.in("en")), out);
        return PrintedPdf.read(out.toByteArray()).pages();
    }
}
