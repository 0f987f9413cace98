package org.readiness.assessment;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.FreeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers and consultants' notes, stored one at a time as they are given. Saving never throws: the result says
 * whether the answer was stored, refused, overtaken by another tab, or kept back because the database is away.
 */
@Service
public class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);
    /** The longest note taken on a question; the field says so to the user. */
    public static final int NOTE_LIMIT = 10_000;

    private final AssessmentRepository repository;
    private final AssessmentLoader loader;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AnswerGates gates;

    AnswerService(AssessmentRepository repository, AssessmentLoader loader, PlatformTransactionManager transactionManager,
                  Clock clock, AnswerGates gates) {
        this.repository = repository;
        this.loader = loader;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.gates = gates;
    }

    /** Why the assessment takes no answer now (sent, or its team locked); empty when it does, or is gone. */
    public Optional<AnswerProblem.Kind> closed(long id) {
        return repository.findById(id).flatMap(gates::closed);
    }

    /**
     * Stores one answer, its free text cleaned. {@code expectedRevision} is the revision the page last saw for this
     * question (0: none); when another tab changed it meanwhile, nothing is overwritten and the other answer comes back.
     */
    public SaveResult save(long id, String questionId, Answer given, int expectedRevision) {
        Answer answer = FreeText.clean(given);
        return onQuestion("an answer", id, questionId, question -> {
            Optional<AnswerProblem> problem = AnswerCheck.check(question, answer);
            if (problem.isPresent()) {
                return new SaveResult.Refused(problem.get());
            }
            Instant now = clock.instant();
            Optional<Integer> revision = repository.saveAnswer(id, questionId, loader.write(answer), expectedRevision, now);
            if (revision.isEmpty()) {
                return conflict(id, question);
            }
            repository.touch(id, now);
            return new SaveResult.Saved(revision.get(), answer);
        });
    }

    /** Removes an answer (the user cleared the field), on the same terms as {@link #save}. */
    public SaveResult clear(long id, String questionId, int expectedRevision) {
        return onQuestion("the clearing of an answer", id, questionId, question -> {
            if (expectedRevision != 0 && !repository.deleteAnswer(id, questionId, expectedRevision)) {
                return conflict(id, question);
            }
            repository.touch(id, clock.instant());
            return new SaveResult.Saved(0, null);
        });
    }

    /** Stores a consultant's note on a question, its text cleaned; a blank note removes it. */
    public SaveResult saveNote(long id, String questionId, String typed) {
        String note = FreeText.clean(typed);
        return onQuestion("a note", id, questionId, question -> {
            if (note.codePointCount(0, note.length()) > NOTE_LIMIT) {
                return new SaveResult.Refused(AnswerProblem.detailed(questionId, AnswerProblem.Kind.TOO_LONG, "note",
                        NOTE_LIMIT));
            }
            Instant now = clock.instant();
            repository.saveNote(id, questionId, note, now);
            repository.touch(id, now);
            return new SaveResult.Saved(0, null);
        });
    }

    /**
     * The part every save shares: in a transaction of its own, the assessment must still exist and have the question.
     * A database that cannot be reached fails before the work starts (no connection for the transaction) or at its
     * commit: both come back as {@link SaveResult.Failed}, to be tried again. A database that refuses the data itself
     * (a constraint, a value it cannot take) would refuse it again: that is {@link SaveResult.Refused}, reported once.
     */
    private SaveResult onQuestion(String what, long id, String questionId, Function<Question, SaveResult> work) {
        try {
            return transactions.execute(status -> repository.findById(id)
                    .map(record -> gates.closed(record)
                            .map(kind -> (SaveResult) new SaveResult.Refused(AnswerProblem.of(questionId, kind)))
                            .orElseGet(() -> loader.definitionOf(record).question(questionId)
                                    .map(work)
                                    .orElseGet(() -> new SaveResult.Refused(AnswerProblem.detailed(questionId,
                                            AnswerProblem.Kind.UNKNOWN_QUESTION, "stored", questionId)))))
                    .orElseGet(SaveResult.Gone::new));
        } catch (DataIntegrityViolationException e) {
            log.error("The database refused {} of assessment {}: {}", what, id, e.getMostSpecificCause().getMessage());
            return new SaveResult.Refused(AnswerProblem.of(questionId, AnswerProblem.Kind.NOT_STORED));
        } catch (DataAccessException | TransactionException e) {
            return failed(what, id, e);
        }
    }

    private static SaveResult failed(String what, long id, RuntimeException e) {
        Throwable cause = e instanceof DataAccessException data ? data.getMostSpecificCause() : e;
        log.warn("Could not save {} of assessment {}: {}", what, id, cause.getMessage());
        return new SaveResult.Failed();
    }

    private SaveResult conflict(long id, Question question) {
        return repository.answer(id, question.id())
                .map(stored -> (SaveResult) new SaveResult.Conflict(loader.read(question, stored.answerJson()),
                        stored.revision()))
                .orElseGet(() -> new SaveResult.Conflict(null, 0));
    }
}
