package org.readiness.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.FreeText;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stored assessments: started, answered one answer at a time, resumed from a link, finished and deleted.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
    /** The longest organisation name taken; the field says so to the user. */
    public static final int ORGANISATION_LIMIT = 200;

    private final AssessmentRepository repository;
    private final DefinitionStore definitions;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int draftKeepDays;

    AssessmentService(AssessmentRepository repository, DefinitionStore definitions, ObjectMapper json,
                      PlatformTransactionManager transactionManager, Optional<Clock> clock,
                      @Value("${readiness.drafts.keep-days:90}") int draftKeepDays) {
        this.repository = repository;
        this.definitions = definitions;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
        this.draftKeepDays = draftKeepDays;
    }

    /** A new draft; the token is handed out only here and never stored. */
    @Transactional
    public Started start(String questionnaireId, String language) {
        Questionnaire questionnaire = definitions.current(questionnaireId)
                .orElseThrow(() -> new IllegalArgumentException("no questionnaire " + questionnaireId));
        definitions.store(questionnaire);
        ResumeToken token = ResumeToken.generate();
        long id = repository.insert(token.hash(), questionnaire.id(), questionnaire.contentHash(),
                questionnaire.languageFor(language), now());
        return new Started(open(id).orElseThrow(), token);
    }

    /** The assessment behind a resume link; a draft whose questionnaire changed moves to the new version. */
    @Transactional
    public Optional<OpenAssessment> resume(ResumeToken token) {
        Optional<AssessmentRecord> found = repository.findByTokenHash(token.hash());
        if (found.isEmpty()) {
            // The same queries as for a known token, so the answer's timing does not tell the two apart.
            repository.answers(-1);
            repository.notes(-1);
            return Optional.empty();
        }
        QuestionnaireUpdate update = migrateIfOutdated(found.get());
        AssessmentRecord record = update == null ? found.get() : repository.findById(found.get().id()).orElseThrow();
        return load(record, update);
    }

    /** Whether the token opens an assessment, without changing it. */
    public Optional<Long> idOf(ResumeToken token) {
        return repository.findByTokenHash(token.hash()).map(AssessmentRecord::id);
    }

    public Optional<OpenAssessment> open(long id) {
        return repository.findById(id).flatMap(record -> load(record, null));
    }

    /**
     * Stores one answer. {@code expectedRevision} is the revision the page last saw for this question (0: none);
     * when another tab changed it meanwhile, nothing is overwritten and the other answer comes back.
     */
    public SaveResult save(long id, String questionId, Answer given, int expectedRevision) {
        Answer answer = FreeText.clean(given);
        return saving("an answer", id, () -> {
            Optional<AssessmentRecord> assessment = repository.findById(id);
            if (assessment.isEmpty()) {
                return new SaveResult.Gone();
            }
            Questionnaire questionnaire = definitions.find(assessment.get().contentHash()).orElseThrow();
            Optional<Question> question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                return new SaveResult.Refused(new AnswerProblem(questionId, AnswerProblem.Kind.UNKNOWN_QUESTION,
                        "There is no question \"" + questionId + "\"."));
            }
            Optional<AnswerProblem> problem = AnswerCheck.check(question.get(), answer);
            if (problem.isPresent()) {
                return new SaveResult.Refused(problem.get());
            }
            Instant now = now();
            Optional<Integer> revision = repository.saveAnswer(id, questionId, write(answer), expectedRevision, now);
            if (revision.isEmpty()) {
                return conflict(id, question.get());
            }
            repository.touch(id, now);
            return new SaveResult.Saved(revision.get());
        });
    }

    /** Removes an answer (the user cleared the field), on the same terms as {@link #save}. */
    public SaveResult clear(long id, String questionId, int expectedRevision) {
        return saving("the clearing of an answer", id, () -> {
            Optional<AssessmentRecord> assessment = repository.findById(id);
            if (assessment.isEmpty()) {
                return new SaveResult.Gone();
            }
            if (expectedRevision == 0 || repository.deleteAnswer(id, questionId, expectedRevision)) {
                repository.touch(id, now());
                return new SaveResult.Saved(0);
            }
            Questionnaire questionnaire = definitions.find(assessment.get().contentHash()).orElseThrow();
            return conflict(id, questionnaire.question(questionId).orElseThrow());
        });
    }

    /**
     * Runs a save in a transaction of its own. A database that cannot be reached fails before the work starts (no
     * connection for the transaction) or at its commit, outside the work: both come back as {@link SaveResult.Failed}.
     */
    private SaveResult saving(String what, long id, Supplier<SaveResult> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (DataAccessException | TransactionException e) {
            log.warn("Could not save {} of assessment {}: {}", what, id, e.getMostSpecificCause().getMessage());
            return new SaveResult.Failed();
        }
    }

    private SaveResult conflict(long id, Question question) {
        return repository.answer(id, question.id())
                .map(stored -> (SaveResult) new SaveResult.Conflict(read(question, stored.answerJson()), stored.revision()))
                .orElseGet(() -> new SaveResult.Conflict(null, 0));
    }

    /** The longest note taken on a question; the field says so to the user. */
    public static final int NOTE_LIMIT = 10_000;

    /** Stores a consultant's note on a question; a blank note removes it. */
    public SaveResult saveNote(long id, String questionId, String typed) {
        String note = FreeText.clean(typed);
        return saving("a note", id, () -> {
            Optional<AssessmentRecord> assessment = repository.findById(id);
            if (assessment.isEmpty()) {
                return new SaveResult.Gone();
            }
            Questionnaire questionnaire = definitions.find(assessment.get().contentHash()).orElseThrow();
            if (questionnaire.question(questionId).isEmpty()) {
                return new SaveResult.Refused(new AnswerProblem(questionId, AnswerProblem.Kind.UNKNOWN_QUESTION,
                        "There is no question \"" + questionId + "\"."));
            }
            if (note.codePointCount(0, note.length()) > NOTE_LIMIT) {
                return new SaveResult.Refused(new AnswerProblem(questionId, AnswerProblem.Kind.TOO_LONG,
                        "A note may be at most " + NOTE_LIMIT + " characters."));
            }
            Instant now = now();
            repository.saveNote(id, questionId, note, now);
            repository.touch(id, now);
            return new SaveResult.Saved(0);
        });
    }

    /** Ties an assessment to a consultant's client; ownership is the caller's to check. */
    public void attachToClient(long id, long clientId) {
        repository.attachToClient(id, clientId);
    }

    /** A client's assessments, oldest first. */
    public List<OpenAssessment> ofClient(long clientId) {
        return repository.byClient(clientId).stream().map(record -> load(record, null).orElseThrow()).toList();
    }

    /**
     * A new draft answered in advance with the answers of an earlier assessment that still fit the current
     * version of its questionnaire: a re-assessment starts where the last one ended.
     */
    @Transactional
    public Started startFrom(OpenAssessment earlier, String language) {
        Started started = start(earlier.questionnaire().id(), language);
        Questionnaire current = started.assessment().questionnaire();
        long id = started.assessment().id();
        earlier.answers().asMap().forEach((questionId, answer) -> current.question(questionId)
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> repository.saveAnswer(id, questionId, write(answer), 0, now())));
        return new Started(open(id).orElseThrow(), started.token());
    }

    /** Remembers the step the user is on, for the resume link; without a database the page goes on regardless. */
    public void moveTo(long id, String stepId) {
        bestEffort("the step", id, () -> repository.updateStep(id, stepId, now()));
    }

    /** Remembers the user's language, on the same terms as {@link #moveTo}. */
    public void changeLanguage(long id, String language) {
        bestEffort("the language", id, () -> repository.updateLanguage(id, language, now()));
    }

    private static void bestEffort(String what, long id, Runnable update) {
        try {
            update.run();
        } catch (DataAccessException e) {
            log.warn("Could not remember {} of assessment {}: {}", what, id, e.getMostSpecificCause().getMessage());
        }
    }

    /** Sets the organisation's name; refuses names over {@value #ORGANISATION_LIMIT} characters. */
    public boolean setOrganisation(long id, String organisation) {
        String name = organisation == null ? null : FreeText.clean(organisation).strip();
        if (name != null && name.codePointCount(0, name.length()) > ORGANISATION_LIMIT) {
            return false;
        }
        repository.updateOrganisation(id, name == null || name.isEmpty() ? null : name, now());
        return true;
    }

    @Transactional
    public void finish(long id) {
        repository.finish(id, now());
    }

    @Transactional
    public boolean delete(long id) {
        return repository.delete(id);
    }

    @Transactional
    public boolean delete(ResumeToken token) {
        return repository.findByTokenHash(token.hash()).map(found -> repository.delete(found.id())).orElse(false);
    }

    public Evaluation evaluate(OpenAssessment assessment) {
        return Evaluation.of(assessment.questionnaire(), assessment.answers());
    }

    /** Deletes drafts untouched for the configured number of days; finished assessments stay. */
    @Scheduled(cron = "${readiness.drafts.cleanup-cron:0 17 3 * * *}")
    public int deleteStaleDrafts() {
        int deleted = repository.deleteDraftsUntouchedSince(now().minus(Duration.ofDays(draftKeepDays)));
        if (deleted > 0) {
            log.info("Deleted {} draft assessment(s) untouched for {} days", deleted, draftKeepDays);
        }
        return deleted;
    }

    private Optional<OpenAssessment> load(AssessmentRecord record, QuestionnaireUpdate update) {
        Questionnaire questionnaire = definitions.find(record.contentHash()).orElseThrow(() ->
                new IllegalStateException("assessment " + record.id() + " lacks its stored definition"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, Integer> revisions = new LinkedHashMap<>();
        for (AnswerRecord stored : repository.answers(record.id())) {
            questionnaire.question(stored.questionId()).ifPresent(question -> {
                answers.put(stored.questionId(), read(question, stored.answerJson()));
                revisions.put(stored.questionId(), stored.revision());
            });
        }
        return Optional.of(new OpenAssessment(record.id(), questionnaire, record.language(), record.state(),
                record.currentStep(), record.organisation(), Answers.of(answers), revisions, record.createdAt(),
                record.updatedAt(), record.finishedAt(), update, record.clientId(), repository.notes(record.id())));
    }

    /**
     * Moves a draft to the catalog's current version of its questionnaire, keeping the answers that still fit;
     * returns what changed, or null when the draft is up to date (or finished: those keep their version).
     */
    private QuestionnaireUpdate migrateIfOutdated(AssessmentRecord record) {
        if (record.state() != AssessmentState.DRAFT) {
            return null;
        }
        Optional<Questionnaire> current = definitions.current(record.questionnaireId());
        if (current.isEmpty() || current.get().contentHash().equals(record.contentHash())) {
            return null;
        }
        Questionnaire from = definitions.find(record.contentHash()).orElseThrow();
        Questionnaire to = definitions.store(current.get());
        List<String> dropped = new ArrayList<>();
        for (AnswerRecord stored : repository.answers(record.id())) {
            Optional<Question> question = to.question(stored.questionId());
            AnswerJson.Parsed parsed = question.map(each -> AnswerJson.read(each, tree(stored.answerJson()))).orElse(null);
            boolean fits = parsed != null && parsed.problem() == null
                    && AnswerCheck.check(question.get(), parsed.answer()).isEmpty();
            if (!fits) {
                dropped.add(stored.questionId());
            }
        }
        repository.deleteAnswers(record.id(), dropped);
        repository.updateDefinition(record.id(), to.contentHash(), now());
        log.info("Assessment {} moved from version {} to {} of {}; {} answer(s) dropped", record.id(),
                from.version(), to.version(), to.id(), dropped.size());
        return new QuestionnaireUpdate(from.version(), to.version(), dropped);
    }

    private String write(Answer answer) {
        return AnswerJson.write(answer).toString();
    }

    /** Reads an answer stored under the same definition; it was checked when saved, so it always reads. */
    private Answer read(Question question, String answerJson) {
        AnswerJson.Parsed parsed = AnswerJson.read(question, tree(answerJson));
        if (parsed.problem() != null) {
            throw new IllegalStateException("a stored answer does not fit its question: " + parsed.problem().message());
        }
        return parsed.answer();
    }

    private JsonNode tree(String answerJson) {
        try {
            return json.readTree(answerJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    /** A new assessment and the token of its resume link. */
    public record Started(OpenAssessment assessment, ResumeToken token) {
    }
}
