package org.readiness.plan;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.answer.Answer;

import java.util.List;

import static org.readiness.questionnaire.Fixtures.answer;

/**
 * The plan tests' answers to the scoring fixture: a large company without an owner, knowledge unknown, one platform
 * and two IT people (overall 28, "Low"), whose cheapest way to "Middle" is the action "integrate".
 */
public final class Weak {

    private Weak() {
    }

    /** Answers the stored assessment so and finishes it. */
    public static void answerAndFinish(AnswerService answers, AssessmentService assessments, long id,
                                       List<String> platforms) {
        answers.save(id, "size", answer("large"), 0);
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", Answer.dontKnow(), 0);
        answers.save(id, "platforms", answer(platforms), 0);
        answers.save(id, "it-people", answer(2), 0);
        assessments.finish(id);
    }
}
