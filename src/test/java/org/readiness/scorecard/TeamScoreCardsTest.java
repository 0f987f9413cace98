package org.readiness.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.merge.TeamMerge;
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
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/** A team's score card in its three formats, on the scoring fixture's owner and IT. */
class TeamScoreCardsTest {

    private static final TeamEvaluation TEAM = TeamMerge.of(questionnaire("scoring-fixture"), answers("size", "medium"),
            List.of(new Respondent("1", "owner", "Åsa", answers("owner", "yes", "owner-time", "full", "knowledge", 5,
                            "platforms", List.of("oms"))),
                    new Respondent("2", "it", null, answers("owner", "no", "knowledge", 1,
                            "platforms", List.of("oms", "erp"), "it-people", 5)))).orElseThrow();
    private static final Result INPUT = Results.ofTeam(TEAM, ResultDetails.unstored("Växjö Verktyg",
            Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), Words.in("en"));

    @Test
    void the_json_is_format_version_2_and_validates_against_the_schema() throws IOException {
        JsonNode document = new ObjectMapper().readTree(write(Format.JSON));

        try (InputStream schema = getClass().getResourceAsStream(ScoreCards.JSON_SCHEMA)) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(document)).isEmpty();
        }
        assertThat(document.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(document.at("/areas/0/spread/highest").asInt()).isEqualTo(100);
        assertThat(document.at("/disagreements/0/summary").asText()).isEqualTo("Owner (Åsa): Yes · IT: No");
    }

    @Test
    void the_pdf_opens_with_the_team_scores_names_the_roles_and_the_top_disagreement() throws IOException {
        try (var pdf = Loader.loadPDF(write(Format.PDF))) {
            String firstPage = new PDFTextStripper() {{
                setEndPage(1);
            }}.getText(pdf).replaceAll("\\s+", " ");
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(firstPage).contains("Team score card", "Växjö Verktyg", "The team's overall readiness: 81",
                    "Talk about this", "Owner?", "Owner (Åsa): Yes · IT: No");
            assertThat(all).contains("Score per role and area", "Every answer, per person", "Owner", "IT");
        }
    }

    @Test
    void the_csv_has_one_row_per_respondent_and_question_they_were_asked() throws IOException {
        String text = new String(write(Format.CSV), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();

        assertThat(rows.stream().filter(row -> row.size() > 1 && row.get(1).equals("it-people")))
                .extracting(row -> row.get(3)).containsExactly("IT", "Team");
        assertThat(rows.stream().filter(row -> row.size() > 1 && row.get(1).equals("owner")))
                .extracting(row -> row.get(3)).containsExactly("Owner (Åsa)", "IT", "Team");
        assertThat(ScoreCards.fileName(Format.CSV, INPUT)).isEqualTo("readiness-team-vaxjo-verktyg-2026-11-30.csv");
    }

    @Test
    void the_csvs_summary_puts_each_value_in_its_own_column_with_the_profile_and_the_overall_band() throws IOException {
        String text = new String(write(Format.CSV), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(text.substring(1)))
                .getRecords();

        CSVRecord structure = rows(rows, "structure").get(0);
        assertThat(structure.get("Step")).isEqualTo("Summary");
        assertThat(structure.get("Answer")).isEqualTo(INPUT.recommended().structureName());
        assertThat(structure.get("Respondent")).isEmpty();
        assertThat(structure.get("Role")).isEmpty();
        CSVRecord overall = rows(rows, "overall").get(0);
        assertThat(overall.get("Answer")).isEqualTo(INPUT.overall().label()).isNotBlank();
        assertThat(overall.get("Points")).isEqualTo(String.valueOf(INPUT.overall().score()));
        assertThat(rows(rows, "size")).as("the company profile, answered once for the team").singleElement()
                .satisfies(profile -> assertThat(profile.get("Respondent")).isEqualTo("Team"));
    }

    @Test
    void page_one_is_the_whole_team_card_for_the_weakest_answers_and_a_200_character_name() throws IOException {
        var questionnaire = org.readiness.questionnaire.Fixtures.commerceStakeholders();
        var weakest = Weakest.answers(questionnaire);
        List<Respondent> respondents = questionnaire.roles().stream()
                .map(role -> new Respondent(role.id(), role.id(), "Person " + role.id(), weakest)).toList();
        TeamEvaluation team = TeamMerge.of(questionnaire, weakest, respondents).orElseThrow();
        String name = "Nordiska Verktygs- och Trädgårdsmaskiner Aktiebolag ".repeat(4).substring(0, 200);
        for (String language : List.of("en", "sv")) {
            Result card = Results.ofTeam(team, ResultDetails.unstored(name, Instant.parse("2026-11-30T10:00:00Z"),
                    ZoneOffset.UTC), Words.in(language));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ScoreCards.write(Format.PDF, card, out);
            try (var pdf = Loader.loadPDF(out.toByteArray())) {
                PDFTextStripper second = new PDFTextStripper();
                second.setStartPage(2);
                second.setEndPage(2);
                assertThat(second.getText(pdf).strip()).as(language)
                        .startsWith(Words.in(language).get("team.result.role-area"));
            }
        }
    }

    /** The rows about one question or summary line; the empty line before the summary has no such column. */
    private static List<CSVRecord> rows(List<CSVRecord> rows, String questionId) {
        return rows.stream().filter(row -> row.isSet("Question id") && row.get("Question id").equals(questionId))
                .toList();
    }

    private static byte[] write(Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(format, INPUT, out);
        return out.toByteArray();
    }
}
