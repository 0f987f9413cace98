package org.readiness.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Fixtures;
import org.readiness.recommendation.Evaluation;
import org.readiness.result.Result;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;

class ScoreCardsTest {

    private static final String HOSTILE = "Łódź Ελλάδα 東京 \uD83D\uDE80 <script>alert(1)</script> Åsa Öberg";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Evaluation evaluation = Evaluation.of(Fixtures.commerceStakeholders(), answers(
            "company-size", "1-10", "business-model", "b2c", "digital-team-size", "1-5",
            "experience-owner", "no", "touchpoints-owned", List.of("promotions"), "customer-needs", 2,
            "customer-service-involved", "yes", "platforms", List.of("erp"), "it-from-day-one", "later",
            "technology-owner", "no", "erp-technicians", "nobody", "back-office-readiness", "not-started",
            "integration-plan", "no", "executive-sponsor", "yes", "c-suite-backing", "one",
            "checkpoint-meetings", "none", "budget-approved", "not-yet", "leadership-priority", 3));

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void the_pdf_says_the_score_the_structure_the_actions_and_prints_any_name(String language) throws IOException {
        String text = pdfText(input(language, HOSTILE, Map.of("experience-owner", "Ask Eva about it.")));

        assertThat(text).contains(String.valueOf(evaluation.score().overall()));
        assertThat(text).contains("sv".equals(language) ? "Ett team för alla tre områdena" : "One team for all three areas");
        assertThat(text).contains(evaluation.recommendation().actions().get(0).action().title().in(language));
        assertThat(text).contains("Łódź", "Ελλάδα", "東京", "<script>alert(1)</script>", "Åsa Öberg");
        assertThat(text).contains(PdfFonts.MISSING).doesNotContain("\uD83D\uDE80");
        assertThat(text).contains("Ask Eva about it.");
    }

    @Test
    void the_pdf_embeds_its_fonts_numbers_its_pages_and_says_what_it_is() throws IOException {
        byte[] pdf = write(Format.PDF, input("sv", "Växjö Verktyg AB", Map.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentInformation().getTitle()).contains("Växjö Verktyg AB");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Commerce Readiness");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Sida 1 av " + pages, "Sida " + pages + " av " + pages);
            assertThat(text).contains(evaluation.questionnaire().contentHash().substring(0, 12));
        }
    }

    @Test
    void a_card_in_latin_letters_embeds_only_the_two_small_fonts_and_a_greek_name_adds_the_whole_font()
            throws IOException {
        assertThat(embeddedFonts(write(Format.PDF, input("sv", "Växjö Verktyg AB", Map.of())))).hasSize(2);
        assertThat(embeddedFonts(write(Format.PDF, input("sv", "Ελλάδα AB", Map.of())))).hasSizeGreaterThan(2);
    }

    private static Set<String> embeddedFonts(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void the_pdf_is_tagged_for_screen_readers_with_headings_paragraphs_a_described_chart_language_and_title()
            throws IOException {
        byte[] pdf = write(Format.PDF, input("en", "Växjö Verktyg AB", Map.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            String title = evaluation.questionnaire().title().in("en");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).startsWith(title).contains("Växjö Verktyg AB");
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<dc:title>", "Växjö Verktyg AB", "<rdf:li>en</rdf:li>");
            var root = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                    catalog.getStructureTreeRoot().getKids().get(0);
            assertThat(root.getStructureType()).isEqualTo("Document");
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> elements =
                    root.getKids().stream()
                            .map(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement.class::cast)
                            .toList();
            List<String> types = elements.stream().map(element -> element.getStructureType()).toList();
            assertThat(types.get(0)).isEqualTo("H1");
            assertThat(types).contains("H2", "H3", "P", "Figure").containsOnly("H1", "H2", "H3", "P", "Figure");
            assertThat(types.stream().filter("H1"::equals)).hasSize(1);
            var figure = elements.get(types.indexOf("Figure"));
            assertThat(figure.getAlternateDescription()).contains("Experience", "Technology", "Executive sponsor",
                    String.valueOf(evaluation.score().area("sponsorship").orElseThrow().score()));
            // Each page's marked content belongs to the structure, and the footers are artifacts outside it.
            assertThat(catalog.getStructureTreeRoot().getParentTree().getNumbers()).hasSize(document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertThat(page.getStructParents()).isGreaterThanOrEqualTo(0);
            }
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).startsWith(title);
        }
    }

    @Test
    void every_answer_on_the_pdf_leaves_out_hidden_questions_and_gives_a_scale_point_as_n_of_max() throws IOException {
        String text = pdfText(input("en", null, Map.of()));

        // "business-model" is b2c, so the sales manager question was never asked.
        assertThat(evaluation.score().question("sales-manager-involved").orElseThrow().status())
                .isEqualTo(org.readiness.scoring.QuestionScore.Status.HIDDEN);
        assertThat(text).doesNotContain("Is your sales manager involved in the programme?");
        assertThat(text).contains("How well do you know your customers", "Answer: 2 of 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void page_one_is_the_whole_card_for_the_weakest_answers_and_a_200_character_name(String language)
            throws IOException {
        Evaluation weakest = Evaluation.of(Fixtures.commerceStakeholders(), Weakest.answers(
                Fixtures.commerceStakeholders()));
        String name = "Nordiska Verktygs- och Trädgårdsmaskiner Aktiebolag ".repeat(4).substring(0, 200);
        Result card = Results.of(weakest, new ResultDetails(name, Map.of(), NOW, NOW, NOW, ZoneOffset.UTC),
                Words.in(language));

        assertThat(card.recommended().actions()).hasSizeGreaterThan(5);
        try (PDDocument document = Loader.loadPDF(write(Format.PDF, card))) {
            String first = pageText(document, 1);
            String second = pageText(document, 2);
            assertThat(first).contains(Words.in(language).get("result.actions"),
                    card.recommended().actions().get(0).title().substring(0, 20));
            assertThat(second.strip()).startsWith(Words.in(language).get("scorecard.detail"));
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void the_json_validates_against_its_schema_and_carries_the_whole_result() throws IOException {
        byte[] json = write(Format.JSON, input("en", HOSTILE, Map.of("platforms", "ERP is SAP")));

        JsonNode document = new ObjectMapper().readTree(json);
        try (InputStream schema = getClass().getResourceAsStream(ScoreCards.JSON_SCHEMA)) {
            Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(document);
            assertThat(problems).isEmpty();
        }
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.at("/overall/score").asInt()).isEqualTo(evaluation.score().overall());
        assertThat(document.at("/structure/id").asText()).isEqualTo("small-team");
        assertThat(document.at("/organisation").asText()).isEqualTo(HOSTILE);
        assertThat(document.at("/questionnaire/contentHash").asText()).isEqualTo(evaluation.questionnaire().contentHash());
        assertThat(document.at("/answers").size()).isEqualTo(evaluation.questionnaire().questions().size());
        assertThat(document.at("/actions/0/id").asText())
                .isEqualTo(evaluation.recommendation().actions().get(0).action().id());
    }

    @Test
    void the_csv_parses_back_to_the_same_values_with_formulas_neutralised() throws IOException {
        byte[] csv = write(Format.CSV, input("sv", FORMULA, Map.of("experience-owner", "+46 70 123 45 67")));

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = new ArrayList<>();
        CSVFormat.RFC4180.parse(new StringReader(text)).forEach(records::add);
        assertThat(records.get(0).values()).containsExactly("Steg", "Fråge-id", "Fråga", "Svar", "Poäng",
                "Möjliga poäng", "Område", "Anteckning");
        CSVRecord owner = records.stream().filter(row -> row.get(1).equals("experience-owner")).findFirst().orElseThrow();
        assertThat(owner.get(3)).isEqualTo("Nej");
        assertThat(owner.get(4)).isEqualTo("0");
        assertThat(owner.get(5)).isEqualTo("4");
        assertThat(owner.get(7)).isEqualTo("'+46 70 123 45 67");
        CSVRecord overall = summary(records, "overall");
        assertThat(overall.get(4)).isEqualTo(String.valueOf(evaluation.score().overall()));
        assertThat(overall.get(3)).isEqualTo(evaluation.score().overallBand().label().in("sv"));
        assertThat(overall.get(7)).as("the note column of a summary row").isEmpty();
        assertThat(summary(records, "organisation").get(3)).isEqualTo("'" + FORMULA);
        assertThat(summary(records, "structure").get(3)).isEqualTo("Ett team för alla tre områdena");
    }

    @Test
    void control_characters_in_front_of_a_formula_do_not_hide_it_in_the_csv() throws IOException {
        byte[] csv = write(Format.CSV, input("en", "\u0000\u0007" + FORMULA, Map.of("experience-owner", "\u001B+1")));

        List<CSVRecord> records = new ArrayList<>();
        CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .forEach(records::add);
        assertThat(summary(records, "organisation").get(3)).isEqualTo("'" + FORMULA);
        assertThat(records.stream().filter(row -> row.get(1).equals("experience-owner")).findFirst()
                .orElseThrow().get(7)).isEqualTo("'+1");
    }

    @Test
    void file_names_are_safe_on_every_file_system() {
        LocalDate day = LocalDate.of(2026, 11, 28);

        assertThat(FileNames.of(Format.PDF, "Växjö Verktyg AB", day)).isEqualTo("readiness-vaxjo-verktyg-ab-2026-11-28.pdf");
        assertThat(FileNames.of(Format.CSV, "Łódź / <Ελλάδα>: \"x\"?*|", day)).isEqualTo("readiness-lodz-x-2026-11-28.csv");
        assertThat(FileNames.of(Format.JSON, "東京", day)).isEqualTo("readiness-2026-11-28.json");
        assertThat(FileNames.of(Format.PDF, "CON", day)).isEqualTo("readiness-con-org-2026-11-28.pdf");
        assertThat(FileNames.of(Format.PDF, null, day)).isEqualTo("readiness-2026-11-28.pdf");
        assertThat(FileNames.of(Format.PDF, "../../etc/passwd", day)).isEqualTo("readiness-etc-passwd-2026-11-28.pdf");
        assertThat(FileNames.of(Format.PDF, "x".repeat(500), day)).hasSizeLessThan(100);
    }

    private static CSVRecord summary(List<CSVRecord> records, String id) {
        return records.stream().filter(row -> row.size() > 1 && row.get(1).equals(id)).findFirst().orElseThrow();
    }

    private Result input(String language, String organisation, Map<String, String> notes) {
        return Results.of(evaluation, new ResultDetails(organisation, notes, NOW, NOW, NOW, ZoneOffset.UTC),
                Words.in(language));
    }

    private String pdfText(Result input) throws IOException {
        try (PDDocument document = Loader.loadPDF(write(Format.PDF, input))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] write(Format format, Result input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(format, input, out);
        return out.toByteArray();
    }

    @Test
    void a_download_is_named_the_rfc_6266_way_with_the_exact_name_in_utf_8() {
        assertThat(FileNames.attachment("readiness-vaxjo-2026-01-02.pdf"))
                .isEqualTo("attachment; filename=\"readiness-vaxjo-2026-01-02.pdf\"; "
                        + "filename*=UTF-8''readiness-vaxjo-2026-01-02.pdf");
        assertThat(FileNames.attachment("Växjö \"x\".pdf"))
                .isEqualTo("attachment; filename=\"V_xj___x_.pdf\"; filename*=UTF-8''V%C3%A4xj%C3%B6%20%22x%22.pdf");
    }
}
