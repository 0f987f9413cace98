package org.readiness.team;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.readiness.questionnaire.Fixtures.answer;

/** Teams on the scoring fixture as the service tests set them up: its profile answered, its people answering. */
abstract class TeamFixture {

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    /** A team whose coordinator has answered and finished the company profile. */
    StartedTeam startedWithProfile() {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        return team;
    }

    /** The owner's answers: owner, full time, knowledge 5, the OMS. */
    void answerAsOwner(long assessmentId) {
        answers.save(assessmentId, "owner", answer("yes"), 0);
        answers.save(assessmentId, "owner-time", answer("full"), 0);
        answers.save(assessmentId, "knowledge", answer(5), 0);
        answers.save(assessmentId, "platforms", answer(List.of("oms")), 0);
    }
}
