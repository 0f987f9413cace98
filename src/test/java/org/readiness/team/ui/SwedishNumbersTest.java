package org.readiness.team.ui;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.PrintedPdf;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;
import org.readiness.team.StartedTeam;
import org.readiness.team.Invitations;
import org.readiness.team.TeamService;
import org.readiness.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/**
 * Numbers as a Swedish reader writes them: a team of three whose answers to "Owner?" average 1⅓ of its 4 points
 * shows "1,33 av 4" on the team page, and 1,33 in the team's PDF and CSV.
 */
class SwedishNumbersTest extends KaribuTest {

    private static final Words SWEDISH = Words.in("sv");

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AnswerService answers;

    @Autowired
    AssessmentService assessments;

    @Test
    void a_swedish_team_page_pdf_and_csv_write_a_third_of_a_point_with_a_decimal_comma() throws IOException {
        StartedTeam team = teams.start("scoring-fixture", "sv", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        long teamId = team.team().id();
        sends(teamId, "owner", "yes");
        sends(teamId, "it", "no");
        sends(teamId, "it", "no");

        switchLanguage(Languages.SWEDISH);
        navigate("team/" + team.coordinatorToken().value());

        _find(Details.class).forEach(details -> details.setOpened(true));
        String page = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(page).contains("1,33 av 4").doesNotContain("1.33");
        PrintedPdf pdf = PrintedPdf.read(_download(_get(Anchor.class,
                spec -> spec.withText(SWEDISH.get("team.download.pdf")))));
        assertThat(pdf.shows("1,33 av 4")).as(pdf.text()).isTrue();
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withText(SWEDISH.get("team.download.csv")))),
                StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).containsSubsequence("owner", "Ägare?")
                .contains(SWEDISH.get("team.result.team"), "1,33"));
    }

    private void sends(long teamId, String role, String owner) {
        long id = invitations.invite(teamId, role, null, null, "sv").member().assessmentId();
        answers.save(id, "owner", answer(owner), 0);
        if ("yes".equals(owner)) {
            answers.save(id, "owner-time", answer("full"), 0);
        }
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        assessments.finish(id);
    }
}
