package org.readiness.team;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;

import java.util.List;

import static org.readiness.questionnaire.Fixtures.answer;

/** Teams on the scoring fixture as the service tests set them up: its profile answered, its people answering. */
final class TeamFixture {

    private TeamFixture() {
    }

    /** A team whose coordinator has answered and finished the company profile. */
    static StartedTeam startedWithProfile(TeamService teams, AnswerService answers, AssessmentService assessments) {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        return team;
    }

    /** The owner's answers: owner, full time, knowledge 5, the OMS. */
    static void answerAsOwner(AnswerService answers, long id) {
        answers.save(id, "owner", answer("yes"), 0);
        answers.save(id, "owner-time", answer("full"), 0);
        answers.save(id, "knowledge", answer(5), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
    }
}
