package org.readiness.team;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Application;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** The questionnaire file is edited between two respondents: each keeps their version, and the merge says so. */
class TeamVersionsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/questionnaires/good/scoring-fixture.json");

    @TempDir
    Path dataDir;

    @TempDir
    Path questionnaires;

    @Test
    void a_respondent_on_a_newer_version_counts_by_question_and_the_team_keeps_its_own_version() throws IOException {
        Files.copy(FIXTURE, questionnaires.resolve("fixture.json"));
        long teamId;
        try (ConfigurableApplicationContext app = start()) {
            TeamService teams = app.getBean(TeamService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService assessments = app.getBean(AssessmentService.class);
            StartedTeam team = teams.start("scoring-fixture", "en", null);
            teamId = team.team().id();
            answers.save(team.profile().id(), "size", answer("medium"), 0);
            assessments.finish(team.profile().id());
            long owner = teams.invite(teamId, "owner", "Åsa", null, "en", "x/").member().assessmentId();
            answers.save(owner, "owner", answer("yes"), 0);
            answers.save(owner, "owner-time", answer("full"), 0);
            answers.save(owner, "knowledge", answer(5), 0);
            answers.save(owner, "platforms", answer(List.of("oms")), 0);
            assessments.finish(owner);
        }
        editFixture("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        editFixture("\"Knowledge?\"", "\"How well do you know your customers?\"");

        try (ConfigurableApplicationContext app = start()) {
            TeamService teams = app.getBean(TeamService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            long it = teams.invite(teamId, "it", "Bo", null, "en", "x/").member().assessmentId();
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

    private void editFixture(String from, String to) throws IOException {
        Path file = questionnaires.resolve("fixture.json");
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).contains(from);
        Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--readiness.data.dir=" + dataDir.toAbsolutePath(),
                        "--readiness.questionnaires.dir=" + questionnaires.toAbsolutePath(),
                        "--vaadin.launch-browser=false");
    }
}
