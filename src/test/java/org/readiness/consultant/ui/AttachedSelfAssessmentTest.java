package org.readiness.consultant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.readiness.base.ui.ShownWhenOpened;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.PrintedPdf;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientSummary;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;

import org.readiness.words.Words;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A merchant's self-assessment that a consultant attached to a client by its resume link: the consultant's notes
 * stay with the consultant, and the merchant may still delete it, which the client's page then says.
 */
class AttachedSelfAssessmentTest extends KaribuTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    private String consultant;
    private String typedNote;
    private String savedNote;

    @BeforeEach
    void aConsultant() {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        consultant = accounts.create("cleo-" + suffix, "Cleo", "a-long-password-3", Role.CONSULTANT).username();
        typedNote = "Typed in the interview " + suffix;
        savedNote = "Saved from the interview " + suffix;
    }

    @Test
    void the_consultants_notes_reach_the_consultants_card_and_never_the_merchants_link() throws Exception {
        AssessmentService.Started merchant = answeredSelfAssessment();
        String token = merchant.token().value();
        long id = merchant.assessment().id();
        loginAs(consultant, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Attached and annotated AB", null, null, null));
        assertThat(interviews.attach(client.id(), "https://readiness.example/resume/" + token))
                .isEqualTo(ClientInterviews.AttachResult.ATTACHED);

        navigate("consultant/interview/" + id);
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Your note")).get(0), typedNote);
        answers.saveNote(id, "platforms", savedNote);
        assertThat(interviews.assessment(id).notes()).containsValues(typedNote, savedNote);
        assessments.finish(id);
        navigate("consultant/interview/" + id);
        assertThat(pageText()).contains(savedNote);
        assertThat(download("JSON")).contains(typedNote, savedNote);
        PrintedPdf consultantsPdf = PrintedPdf.read(downloadFrom(_get(Anchor.class, spec -> spec.withText("Download PDF"))));
        assertThat(consultantsPdf.shows(typedNote) && consultantsPdf.shows(savedNote)).isTrue();

        continueAsVisitor();
        navigate("resume/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Your result");
        assertThat(pageText()).doesNotContain(typedNote).doesNotContain(savedNote);
        PrintedPdf merchantsPdf = PrintedPdf.read(downloadFrom(_get(Anchor.class, spec -> spec.withText("Download PDF"))));
        assertThat(merchantsPdf.shows("Overall readiness")).isTrue();
        assertThat(merchantsPdf.shows(typedNote) || merchantsPdf.shows(savedNote)).isFalse();
        for (String format : List.of("JSON", "CSV")) {
            assertThat(download(format)).as(format).containsIgnoringCase("overall").doesNotContain(typedNote)
                    .doesNotContain(savedNote);
        }
        MockMvc api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
        for (String path : List.of("", "/scorecard.json", "/scorecard.csv", "/scorecard.pdf")) {
            byte[] body = api.perform(get("/api/assessments/" + token + path)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            if (path.endsWith(".pdf")) {
                PrintedPdf pdf = PrintedPdf.read(body);
                assertThat(pdf.shows("Overall readiness") && !pdf.shows(typedNote) && !pdf.shows(savedNote)).isTrue();
            } else {
                assertThat(new String(body, StandardCharsets.UTF_8)).as(path).containsIgnoringCase("overall")
                        .doesNotContain(typedNote).doesNotContain(savedNote);
            }
        }
    }

    @Test
    void a_self_assessment_the_merchant_deletes_leaves_a_line_on_the_client_page_and_breaks_nothing() throws Exception {
        AssessmentService.Started merchant = finishedSelfAssessment();
        long deleted = merchant.assessment().id();
        loginAs(consultant, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Deleted by the merchant AB", null, null, null));
        long interview = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(interview, "owner", answer("yes"), 0);
        Instant beforeAttaching = Instant.now();
        interviews.attach(client.id(), "https://readiness.example/resume/" + merchant.token().value());
        Instant afterAttaching = Instant.now();
        answers.saveNote(deleted, "owner", savedNote);

        continueAsVisitor();
        navigate("resume/" + merchant.token().value());
        _click(_get(Button.class, spec -> spec.withText("Delete my assessment")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(assessments.open(deleted)).isEmpty();

        loginAs(consultant, "CONSULTANT");
        DeletedAssessment left = interviews.deletedAssessments(client.id()).get(0);
        assertThat(left.assessmentId()).isEqualTo(deleted);
        assertThat(left.deletedBy()).isEqualTo(DeletedAssessment.DeletedBy.MERCHANT);
        assertThat(left.attachedAt()).isBetween(beforeAttaching.truncatedTo(ChronoUnit.MILLIS),
                afterAttaching.plusMillis(1));
        navigate("consultant/clients/" + client.id());
        String line = "A self-assessment attached on " + date(left.attachedAt())
                + " was deleted by the merchant on " + date(left.deletedAt())
                + ". Its answers and your notes on it are gone.";
        assertThat(_find(Paragraph.class, spec -> spec.withText(line))).hasSize(1);
        assertThat(pageText()).doesNotContain(savedNote);
        @SuppressWarnings("unchecked")
        Select<AssessmentResult> before = _get(Select.class, spec -> spec.withLabel("Before"));
        assertThat(before.getListDataView().getItems().map(result -> result.assessment().id()).toList())
                .containsExactly(interview);
        navigate("consultant/interview/" + deleted);
        assertThat(_find(Paragraph.class, spec -> spec.withText(line))).as("a stale interview link").hasSize(1);
        navigate("consultant/compare/" + interview + "/" + deleted);
        assertThat(_find(Paragraph.class, spec -> spec.withText(line))).as("a stale comparison link").hasSize(1);
        navigate("consultant");
        assertThat(listedRow(client.id())).contains("Deleted by the merchant AB", "1");
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        AssessmentsExport.write(clients.allAssessments(), export);
        assertThat(export.toString(StandardCharsets.UTF_8).lines()
                .filter(row -> row.contains("Deleted by the merchant AB"))).hasSize(1);
    }

    /** A merchant's own assessment, answered and finished without any consultant. */
    private AssessmentService.Started finishedSelfAssessment() {
        AssessmentService.Started started = answeredSelfAssessment();
        assessments.finish(started.assessment().id());
        return started;
    }

    /** Every question answered, not yet finished: what a consultant may still discuss with the client. */
    private AssessmentService.Started answeredSelfAssessment() {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        long id = started.assessment().id();
        answers.save(id, "size", answer("medium"), 0);
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", answer(3), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(2), 0);
        return started;
    }

    private String download(String format) {
        return new String(downloadFrom(_get(Anchor.class, spec -> spec.withText("Download " + format))),
                StandardCharsets.UTF_8);
    }

    /** Every text and value on the page, with the closed sections opened, as Karibu prints the component tree. */
    private static String pageText() {
        _find(ShownWhenOpened.class).forEach(details -> details.setOpened(true));
        StringBuilder text = new StringBuilder(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()));
        // The read-only parts (the tables of "Why this score" among them) are markup: their text as a browser shows it.
        _find(com.vaadin.flow.component.Html.class).forEach(html -> text.append('\n')
                .append(org.jsoup.Jsoup.parseBodyFragment(html.getInnerHtml()).text()));
        return text.toString();
    }

    /** The client's row in the list of clients, as its cells show it. */
    private static List<String> listedRow(long clientId) {
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> grid = _get(Grid.class);
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).client().id() == clientId) {
                return GridKt._getFormattedRow(grid, row);
            }
        }
        throw new AssertionError("the list does not show client " + clientId);
    }

    /** A day as the client's page writes it, in the app's time zone. */
    private String date(java.time.Instant instant) {
        return Words.in("en").date(instant, clock.getZone());
    }
}
