package org.readiness.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.Questionnaire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's files: a tagged PDF, JSON valid against its schema, CSV a row per action; the checkpoint's minutes. */
class PlanFilesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final Questionnaire fixture = Fixtures.questionnaire("scoring-fixture");
    private final StoredPlan plan = new StoredPlan(3, 11L, null, 5L, null,
            new Rhythm(4, ZonedDateTime.of(2027, 2, 1, 9, 0, 0, 0, STOCKHOLM), 60),
            List.of(new PlannedAction("integrate", 0, "Eva Ek", null, LocalDate.of(2027, 1, 20), Status.IN_PROGRESS,
                            "=HYPERLINK(\"x\")", null),
                    new PlannedAction("name-owner", 1, null, null, null, Status.DONE, "",
                            Instant.parse("2027-01-25T10:00:00Z"))),
            List.of(new Person(1, "Eva Ek", null), new Person(2, "Bo Berg", null)),
            List.of(new RaciCell("area:people", 1, Raci.A), new RaciCell("area:systems", 1, Raci.A),
                    new RaciCell("area:systems", 2, Raci.A), new RaciCell("action:integrate", 2, Raci.R)),
            Instant.parse("2027-01-10T10:00:00Z"), Instant.parse("2027-01-25T10:00:00Z"));
    private final PlanReport report = PlanReport.of(new SingleAnswers(fixture, Fixtures.answers("size", "large",
                    "owner", "no", "platforms", List.of("oms"), "it-people", 2)), "en", "Växjö Verktyg",
            Instant.parse("2027-01-09T10:00:00Z"), plan, Instant.parse("2027-02-01T08:00:00Z"), STOCKHOLM);

    @Test
    void the_pdf_is_tagged_and_says_the_projection_the_owners_the_matrix_and_which_rows_break_the_rule()
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdf.write(report, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Your plan - Växjö Verktyg", "Today and once the plan is done", "Integrate",
                    "Owner: Eva Ek", "Due: 2027-01-20", "Status: In progress", "Who owns what", "Bo Berg",
                    "Systems: more than one is accountable (Eva Ek, Bo Berg).", "Every 4 weeks from 2027-02-01");
        }
    }

    @Test
    void the_json_validates_against_its_schema_and_the_csv_has_a_row_per_action_with_formulas_neutralised()
            throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PlanJson.write(report, json);
        JsonNode document = new ObjectMapper().readTree(json.toByteArray());
        try (InputStream schema = getClass().getResourceAsStream("/schemas/plan.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(document)).isEmpty();
        }
        assertThat(document.at("/actions/0/owner/name").asText()).isEqualTo("Eva Ek");
        assertThat(document.at("/actions/0/status").asText()).isEqualTo("in-progress");
        assertThat(document.at("/raci/1/oneAccountable").asBoolean()).isFalse();
        assertThat(document.at("/rhythm/everyWeeks").asInt()).isEqualTo(4);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        PlanCsv.write(report, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFFAction id,Action,Effort,Owner,Due,Status");
        assertThat(lines.get(1)).startsWith("integrate,Integrate,Medium effort,Eva Ek,2027-01-20,In progress,,")
                .endsWith("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void the_checkpoint_minutes_are_tagged_and_hold_the_agenda_the_trend_and_what_was_said() throws IOException {
        Agenda agenda = Agenda.of(plan, LocalDate.of(2027, 2, 1), STOCKHOLM);
        ScoreTrend trend = new ScoreTrend(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 9)),
                List.of(new ScoreTrend.Series("People", java.util.Arrays.asList(0, 40)),
                        new ScoreTrend.Series("Systems", java.util.Arrays.asList(38, null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckpointPdf.write(new CheckpointPdf.Minutes(report, agenda, List.of(), trend, new Checkpoint(
                LocalDate.of(2027, 2, 1), "Budget agreed.", "Start the integration.", Instant.now())), out);

        assertThat(agenda.overdue()).extracting(PlannedAction::actionId).containsExactly("integrate");
        assertThat(agenda.doneSince()).extracting(PlannedAction::actionId).containsExactly("name-owner");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Checkpoint meeting, 2027-02-01", "Done since the last checkpoint",
                    "Name an owner", "Overdue", "Integrate", "Score trend per area", "Budget agreed.",
                    "Start the integration.");
        }
    }
}
