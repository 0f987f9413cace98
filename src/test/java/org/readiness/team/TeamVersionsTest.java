package org.readiness.team;

import org.junit.jupiter.api.Test;
import org.readiness.RestartingTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** The questionnaire file is edited between two respondents: each keeps their version, and the merge says so. */
class TeamVersionsTest extends RestartingTest {

    @Test
    void a_respondent_on_a_newer_version_counts_by_question_and_the_team_keeps_its_own_version() throws IOException {
        long teamId;
        try (ConfigurableApplicationContext app = app().start()) {
            TeamService teams = app.getBean(TeamService.class);
            Invitations invitations = app.getBean(Invitations.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService assessments = app.getBean(AssessmentService.class);
            StartedTeam team = teams.start("scoring-fixture", "en", null);
            teamId = team.team().id();
            answers.save(team.profile().id(), "size", answer("medium"), 0);
            assessments.finish(team.profile().id());
            long owner = invitations.invite(teamId, "owner", "Åsa", null, "en").member().assessmentId();
            answers.save(owner, "owner", answer("yes"), 0);
            answers.save(owner, "owner-time", answer("full"), 0);
            answers.save(owner, "knowledge", answer(5), 0);
            answers.save(owner, "platforms", answer(List.of("oms")), 0);
            assessments.finish(owner);
        }
        app().editFixture("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        app().editFixture("\"Knowledge?\"", "\"How well do you know your customers?\"");

        try (ConfigurableApplicationContext app = app().start()) {
            TeamService teams = app.getBean(TeamService.class);
            Invitations invitations = app.getBean(Invitations.class);
            AnswerService answers = app.getBean(AnswerService.class);
            long it = invitations.invite(teamId, "it", "Bo", null, "en").member().assessmentId();
            answers.save(it, "owner", answer("no"), 0);
            answers.save(it, "knowledge", answer(1), 0);
            answers.save(it, "platforms", answer(List.of("oms", "erp")), 0);
            answers.save(it, "it-people", answer(5), 0);
            app.getBean(AssessmentService.class).finish(it);

            TeamOverview overview = teams.overview(teamId);

            assertThat(overview.questionnaire().version()).isEqualTo("1.0");
            assertThat(overview.otherVersions()).extracting(Member::name).containsExactly("Bo");
            assertThat(overview.otherVersions().get(0).questionnaireVersion()).isEqualTo("1.1");
            assertThat(overview.evaluation().orElseThrow().respondents()).hasSize(2);
            assertThat(overview.evaluation().orElseThrow().disagreementOn("knowledge")).isPresent();
        }
    }

}
