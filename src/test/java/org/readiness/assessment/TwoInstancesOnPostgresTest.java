package org.readiness.assessment;

import org.junit.jupiter.api.Test;
import org.readiness.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** Two instances of the app on one PostgreSQL, as behind a load balancer: what one saves, the other resumes. */
@PostgresTests.Required
class TwoInstancesOnPostgresTest {

    @Test
    void an_assessment_answered_on_one_instance_resumes_on_the_other() {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            AssessmentService onFirst = first.getBean(AssessmentService.class);
            AssessmentService onSecond = second.getBean(AssessmentService.class);
            AssessmentService.Started started = onFirst.start("scoring-fixture", "sv");
            long id = started.assessment().id();
            first.getBean(AnswerService.class).save(id, "size", answer("large"), 0);
            first.getBean(AnswerService.class).save(id, "platforms", answer(List.of("erp")), 0);
            onFirst.moveTo(id, "systems-step");

            OpenAssessment resumed = onSecond.resume(started.token()).orElseThrow();
            assertThat(resumed.answers().get("size")).contains(answer("large"));
            assertThat(resumed.answers().get("platforms")).contains(answer(List.of("erp")));
            assertThat(resumed.currentStep()).isEqualTo("systems-step");

            second.getBean(AnswerService.class).save(id, "owner", answer("yes"), resumed.revisions().getOrDefault("owner", 0));
            assertThat(onFirst.open(id).orElseThrow().answers().get("owner")).contains(answer("yes"));
        }
    }

    private static ConfigurableApplicationContext start() {
        String[] jdbc = PostgresTests.jdbcSettings();
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.datasource.url=" + jdbc[0],
                        "--spring.datasource.username=" + jdbc[1], "--spring.datasource.password=" + jdbc[2],
                        "--vaadin.launch-browser=false");
    }
}
