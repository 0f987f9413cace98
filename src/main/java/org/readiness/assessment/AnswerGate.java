package org.readiness.assessment;

import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.AnswerScope;

import java.util.Optional;

/**
 * Another feature's say on whether an assessment takes answers now, such as a team whose respondent has sent their
 * answers ({@link AnswerProblem.Kind#SENT}) or whose coordinator has locked it ({@link AnswerProblem.Kind#LOCKED}).
 * Asked inside the transaction of every save, and before an assessment is finished.
 */
public interface AnswerGate {

    /** Why the assessment takes no answer now; empty when it does. */
    Optional<AnswerProblem.Kind> closed(long assessmentId, AnswerScope scope, boolean finished);
}
