package org.readiness.team;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** With the database looked at only every ten minutes, a finish on this server still reaches the team's page. */
@SpringBootTest(properties = "readiness.team.watch-millis=600000")
class TeamWatchTest {

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    TeamWatch watch;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Test
    void a_respondent_sending_their_answers_on_this_server_is_told_to_the_watching_page_without_waiting_for_a_look()
            throws Exception {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        Invitation owner = invitations.invite(team.team().id(), "owner", null, null, "en");
        answers.save(owner.member().assessmentId(), "owner", answer("yes"), 0);
        CountDownLatch told = new CountDownLatch(1);

        try (AutoCloseable watching = watch.watch(team.team().id(), told::countDown)) {
            assessments.finish(owner.member().assessmentId());

            assertThat(told.await(30, TimeUnit.SECONDS)).as("the page is told of the finish").isTrue();
        }
    }
}
