package org.readiness.assessment;

import org.junit.jupiter.api.Test;
import org.readiness.RestartingTest;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.recommendation.Evaluation;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** Whole application contexts stopped and started again on the same database file, as a server restart does. */
class RestartTest extends RestartingTest {

    @Test
    void every_answer_is_there_after_a_restart_on_the_same_h2_file() throws IOException {
        ResumeToken token;
        try (ConfigurableApplicationContext app = app().start()) {
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

        try (ConfigurableApplicationContext app = app().start()) {
            OpenAssessment resumed = app.getBean(AssessmentService.class).resume(token).orElseThrow();

            assertThat(resumed.answers().asMap()).containsOnlyKeys("size", "owner", "owner-time", "goal");
            assertThat(resumed.answers().get("goal")).contains(Answer.text("Åsa's shop"));
            assertThat(resumed.currentStep()).isEqualTo("people-step");
        }
    }

    @Test
    void a_finished_assessment_scores_the_same_after_its_questionnaire_file_is_edited() throws IOException {
        ResumeToken token;
        Evaluation before;
        try (ConfigurableApplicationContext app = app().start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            token = started.token();
            answerSystemsAndPeople(answers, started.assessment().id());
            service.finish(started.assessment().id());
            before = AssessmentResults.evaluate(service.open(started.assessment().id()).orElseThrow()).evaluation();
        }
        app().editFixture("\"yes\": 4,", "\"yes\": 1,");

        try (ConfigurableApplicationContext app = app().start()) {
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
        ResumeToken token;
        try (ConfigurableApplicationContext app = app().start()) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            token = started.token();
            answerSystemsAndPeople(answers, started.assessment().id());
        }
        app().editFixture("\"id\": \"it-people\"", "\"id\": \"it-staff\"");
        app().editFixture("\"version\": \"1.0\"", "\"version\": \"1.1\"");

        try (ConfigurableApplicationContext app = app().start()) {
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

}
