package org.readiness.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.readiness.chart.AreaChart;
import org.readiness.questionnaire.Answers;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.FreeText;
import org.readiness.recommendation.Evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;

/**
 * Every hostile string in every free-text field that reaches a score card (the organisation's name, a text answer,
 * a consultant's note, a client's name), checked in every output: the PDF's text, the JSON, the score card CSV and
 * the consultant's assessments CSV. Text comes out as it went in (control characters dropped, as FreeText does on
 * the way in); a spreadsheet formula is defused with a leading apostrophe; nothing breaks a document. Counts the
 * checks and writes the count to target/hostile-text-summary.txt.
 */
class HostileTextSweepTest {

    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();
    static {
        HOSTILE.put("script", "<script>alert(1)</script>");
        HOSTILE.put("html", "<img src=x onerror=alert(1)><b>bold</b> &amp; \"quoted\" 'single'");
        HOSTILE.put("hyperlink formula", "=HYPERLINK(\"http://evil.example\",\"click\")");
        HOSTILE.put("command formula", "+cmd|' /C calc'!A0");
        HOSTILE.put("minus formula", "-2+3");
        HOSTILE.put("at formula", "@SUM(A1:A9)");
        HOSTILE.put("right-to-left override", "\u202Eevil.exe\u202C txt");
        HOSTILE.put("emoji", "Rocket \uD83D\uDE80 family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
        HOSTILE.put("NUL and controls", "a\u0000b\u0007c\u001Bd\tend\r\nnext line");
        HOSTILE.put("10,000 characters", "Lorem ipsum dolor sit amet, ".repeat(358).substring(0, 10_000));
        HOSTILE.put("CJK and accents", "東京 Łódź Ελλάδα Åsa Öberg");
    }
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_hostile_string_comes_out_literally_in_the_pdf_the_json_and_both_csv_files() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
            String typed = hostile.getValue();
            String stored = FreeText.clean(typed);
            String shortName = stored.length() > 200 ? stored.substring(0, 200) : stored;
            ScoreCardInput input = new ScoreCardInput(evaluation(stored), "en", shortName,
                    Map.of("experience-owner", stored), NOW, NOW, NOW);

            String pdf = pdfText(write(Format.PDF, input));
            check(failures, hostile.getKey(), "PDF organisation", pdfHas(pdf, shortName));
            check(failures, hostile.getKey(), "PDF text answer", pdfHas(pdf, stored));
            check(failures, hostile.getKey(), "PDF note", pdfHas(pdf, stored));

            JsonNode json = JSON.readTree(write(Format.JSON, input));
            check(failures, hostile.getKey(), "JSON organisation", json.path("organisation").asText().equals(shortName));
            check(failures, hostile.getKey(), "JSON text answer", answerRow(json, "main-goal").path("answerText").asText()
                    .equals(stored));
            check(failures, hostile.getKey(), "JSON note", answerRow(json, "experience-owner").path("note").asText()
                    .equals(stored));

            List<CSVRecord> csv = csv(write(Format.CSV, input));
            check(failures, hostile.getKey(), "CSV text answer", csvRow(csv, "main-goal").get(3).equals(spreadsheet(stored)));
            check(failures, hostile.getKey(), "CSV note", csvRow(csv, "experience-owner").get(7).equals(spreadsheet(stored)));
            check(failures, hostile.getKey(), "CSV organisation", csvRow(csv, "overall").get(7).equals(spreadsheet(shortName)));

            ByteArrayOutputStream clients = new ByteArrayOutputStream();
            AssessmentsCsv.write(List.of(new AssessmentsCsv.Row(shortName, 7, "FINISHED", NOW, NOW,
                    "commerce-stakeholders", "1.0.0", 64, Map.of("experience", 75), "small-team")), clients);
            check(failures, hostile.getKey(), "assessments CSV client",
                    csv(clients.toByteArray()).get(1).get(0).equals(spreadsheet(shortName)));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void no_string_can_write_markup_into_the_result_chart() {
        for (String hostile : HOSTILE.values()) {
            String svg = org.readiness.chart.SvgChart.render(AreaChart.of(evaluation(hostile), "en", hostile), hostile);
            assertThat(svg).doesNotContain("<script", "<img");
            CHECKS.incrementAndGet();
        }
    }

    @AfterAll
    static void writeTheCount() throws IOException {
        String summary = "Hostile text sweep: " + HOSTILE.size() + " strings x 4 fields (organisation, text answer, "
                + "note, client) x their outputs (PDF, JSON, score card CSV, assessments CSV, chart) = "
                + CHECKS.get() + " checks, " + FAILURES.get() + " failures";
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-text-summary.txt"), summary + "\n");
    }

    private static void check(List<String> failures, String hostile, String output, boolean passed) {
        CHECKS.incrementAndGet();
        if (!passed) {
            FAILURES.incrementAndGet();
            failures.add(hostile + " in " + output);
        }
    }

    private static Evaluation evaluation(String goal) {
        Answers given = answers("company-size", "1-10", "business-model", "b2c", "digital-team-size", "1-5",
                "main-goal", goal, "experience-owner", "no", "touchpoints-owned", List.of("promotions"),
                "customer-needs", 2, "customer-service-involved", "yes", "platforms", List.of("erp"),
                "it-from-day-one", "later", "technology-owner", "no", "erp-technicians", "nobody",
                "back-office-readiness", "not-started", "integration-plan", "no", "executive-sponsor", "yes",
                "c-suite-backing", "one", "checkpoint-meetings", "none", "budget-approved", "not-yet",
                "leadership-priority", 3);
        return Evaluation.of(Fixtures.commerceStakeholders(), given);
    }

    /** The PDF draws what its fonts have: a box for an emoji, nothing for format characters, lines wrapped. */
    private static boolean pdfHas(String pdfText, String value) {
        String expected = value.codePoints()
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .mapToObj(cp -> Character.isSupplementaryCodePoint(cp) ? PdfFonts.MISSING : new String(Character.toChars(cp)))
                .reduce("", String::concat);
        return squash(pdfText).contains(squash(expected));
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String spreadsheet(String value) {
        return SpreadsheetSafe.cell(value);
    }

    private static JsonNode answerRow(JsonNode json, String question) {
        for (JsonNode row : json.path("answers")) {
            if (row.path("question").asText().equals(question)) {
                return row;
            }
        }
        throw new AssertionError("no answer row for " + question);
    }

    private static CSVRecord csvRow(List<CSVRecord> records, String id) {
        return records.stream().filter(row -> row.size() > 1 && row.get(1).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row " + id));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 20);
            // Each page's footer is written after its body, so it would split a text that runs over pages.
            return new PDFTextStripper().getText(document).lines()
                    .filter(line -> !line.matches(".*(Page \\d+ of \\d+|Questionnaire commerce-stakeholders, version).*"))
                    .reduce("", (text, line) -> text + line + "\n");
        }
    }

    private static byte[] write(Format format, ScoreCardInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(format, input, out);
        return out.toByteArray();
    }
}
