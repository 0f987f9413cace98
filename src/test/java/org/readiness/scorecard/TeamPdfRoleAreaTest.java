package org.readiness.scorecard;

import org.junit.jupiter.api.Test;
import org.readiness.PrintedPdf;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.merge.TeamMerge;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/**
 * The team PDF's role × area table, read back with PDFBox: each row says how many people it averages, the roles in
 * the legend's order (the questionnaire's) whatever order the people answered in.
 */
class TeamPdfRoleAreaTest {

    /** IT answered first; then two owners, whose row averages 100 and 0 for people, 50 and 50 for systems. */
    private static final TeamEvaluation TEAM = TeamMerge.of(questionnaire("scoring-fixture"), answers("size", "medium"),
            List.of(new Respondent("1", "it", "Bo", answers("owner", "no", "knowledge", 1,
                            "platforms", List.of("oms", "erp"), "it-people", 5)),
                    new Respondent("2", "owner", "Åsa", answers("owner", "yes", "owner-time", "full", "knowledge", 5,
                            "platforms", List.of("oms"))),
                    new Respondent("3", "owner", "Cay", answers("owner", "no", "knowledge", 1,
                            "platforms", List.of("oms"))))).orElseThrow();

    @Test
    void each_row_of_the_pdfs_role_by_area_table_says_how_many_people_it_averages_in_the_legends_order()
            throws IOException {
        String table = roleAreaTable("en");

        assertThat(table).containsSubsequence("Score per role and area", "Owner (2) 50 50", "IT (1) 0 100", "Team");
    }

    @Test
    void the_swedish_pdf_counts_the_people_of_each_role_the_same_way() throws IOException {
        String table = roleAreaTable("sv");

        assertThat(table).containsSubsequence("Poäng per roll och område", "Ägare (2) 50 50", "IT (1) 0 100",
                "Teamet");
    }

    /** The PDF's text from the table's heading to the heading after it, its whitespace made single spaces. */
    private static String roleAreaTable(String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(Format.PDF, Results.ofTeam(TEAM, ResultDetails.unstored("Växjö Verktyg",
                Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), Words.in(language)), out);
        String text = PrintedPdf.read(out.toByteArray()).text().replaceAll("\\s+", " ");
        Words words = Words.in(language);
        int start = text.indexOf(words.get("team.result.role-area"));
        int end = text.indexOf(words.get("team.answers.heading"), start);
        assertThat(start).as("the table's heading").isNotNegative();
        assertThat(end).as("the heading after it").isGreaterThan(start);
        return text.substring(start, end);
    }
}
