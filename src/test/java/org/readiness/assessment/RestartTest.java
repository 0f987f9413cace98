package org.readiness.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Application;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.recommendation.Evaluation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** Whole application contexts stopped and started again on the same database file, as a server restart does. */
class RestartTest {

    private static final Path FIXTURE = Path.of("src/test/resources/questionnaires/good/scoring-fixture.json");

    @TempDir
    Path dataDir;

    @TempDir
    Path questionnaires;

    @Test
    void every_answer_is_there_after_a_restart_on_the_same_h2_file() throws IOException {
        Files.copy(FIXTURE, questionnaires.resolve("fixture.json"));
        ResumeToken token;
        try (ConfigurableApplicationContext app = start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            token = started.token();
            long id = started.assessment().id();
            answers.save(id, "size", answer("medium"), 0);
            answers.save(id, "owner", answer("yes"), 0);
            answers.save(id, "owner-time", answer("part"), 0);
            answers.save(id, "goal", Answer.text("Åsa's shop"), 0);
            service.moveTo(id, "people-step");
        }

        try (ConfigurableApplicationContext app = start()) {
            OpenAssessment resumed = app.getBean(AssessmentService.class).resume(token).orElseThrow();

            assertThat(resumed.answers().asMap()).containsOnlyKeys("size", "owner", "owner-time", "goal");
            assertThat(resumed.answers().get("goal")).contains(Answer.text("Åsa's shop"));
            assertThat(resumed.currentStep()).isEqualTo("people-step");
        }
    }

    @Test
    void a_finished_assessment_scores_the_same_after_its_questionnaire_file_is_edited() throws IOException {
        Files.copy(FIXTURE, questionnaires.resolve("fixture.json"));
        ResumeToken token;
        Evaluation before;
        try (ConfigurableApplicationContext app = start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            token = started.token();
            answerSystemsAndPeople(answers, started.assessment().id());
            service.finish(started.assessment().id());
            before = AssessmentResults.evaluate(service.open(started.assessment().id()).orElseThrow()).evaluation();
        }
        editFixture("\"yes\": 4,", "\"yes\": 1,");

        try (ConfigurableApplicationContext app = start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            OpenAssessment reopened = service.resume(token).orElseThrow();
            Evaluation after = AssessmentResults.evaluate(reopened).evaluation();

            assertThat(reopened.questionnaire().contentHash()).isEqualTo(before.questionnaire().contentHash());
            assertThat(reopened.update()).isNull();
            assertThat(after.score()).isEqualTo(before.score());
            assertThat(after.score().overall()).isEqualTo(28);
        }
    }

    @Test
    void a_draft_moves_to_the_edited_questionnaire_keeping_the_answers_whose_questions_remain() throws IOException {
        Files.copy(FIXTURE, questionnaires.resolve("fixture.json"));
        ResumeToken token;
        try (ConfigurableApplicationContext app = start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            token = started.token();
            answerSystemsAndPeople(answers, started.assessment().id());
        }
        editFixture("\"id\": \"it-people\"", "\"id\": \"it-staff\"");
        editFixture("\"version\": \"1.0\"", "\"version\": \"1.1\"");

        try (ConfigurableApplicationContext app = start()) {
            OpenAssessment resumed = app.getBean(AssessmentService.class).resume(token).orElseThrow();

            assertThat(resumed.update()).isEqualTo(new QuestionnaireUpdate("1.0", "1.1", List.of("it-people")));
            assertThat(resumed.questionnaire().version()).isEqualTo("1.1");
            assertThat(resumed.answers().asMap()).containsOnlyKeys("owner", "knowledge", "platforms");
        }
    }

    private static void answerSystemsAndPeople(AnswerService answers, long id) {
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", Answer.dontKnow(), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(2), 0);
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
