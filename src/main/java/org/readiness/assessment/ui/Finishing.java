package org.readiness.assessment.ui;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.SaveResult;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.Optional;

/** Before a result is shown: the answers the session still holds are saved, then the assessment is finished. */
final class Finishing {

    private Finishing() {
    }

    /** Empty when done; otherwise why not. Whatever was not saved stays in the session, to be tried again. */
    static Optional<DatabaseTrouble> finish(WizardSession session, AnswerService answers,
                                            AssessmentService assessments) {
        if (session.page().save(answers).stream().anyMatch(reply -> reply.result() instanceof SaveResult.Failed)) {
            return Optional.of(DatabaseTrouble.UNREACHABLE);
        }
        try {
            assessments.finish(session.assessmentId());
            session.finished();
            return Optional.empty();
        } catch (DataAccessException | TransactionException e) {
            return Optional.of(DatabaseTrouble.of(e, "the finishing of an assessment"));
        }
    }
}
