package org.readiness.assessment;

import org.readiness.base.ReadinessProperties;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The life of a stored assessment: started, resumed from a link, moved through its steps, finished and deleted.
 * Answers are given through {@link AnswerService}; results are read through {@link AssessmentResults}.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final AssessmentRepository repository;
    private final DeletedAssessmentRepository deletions;
    private final DefinitionStore definitions;
    private final AssessmentLoader loader;
    private final DraftMigration migration;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int draftKeepDays;
    private final AnswerGates gates;

    AssessmentService(AssessmentRepository repository, DeletedAssessmentRepository deletions,
                      DefinitionStore definitions, AssessmentLoader loader, DraftMigration migration, Clock clock,
                      ApplicationEventPublisher events, ReadinessProperties properties, AnswerGates gates) {
        this.gates = gates;
        this.repository = repository;
        this.deletions = deletions;
        this.definitions = definitions;
        this.loader = loader;
        this.migration = migration;
        this.clock = clock;
        this.events = events;
        this.draftKeepDays = properties.drafts().keepDays();
    }

    /** A new draft; the token is handed out only here and never stored. */
    @Transactional
    public Started start(String questionnaireId, String language) {
        return start(questionnaireId, language, AnswerScope.WHOLE);
    }

    /** A new draft whose answers are for the questions of a scope, such as one role of a team. */
    @Transactional
    public Started start(String questionnaireId, String language, AnswerScope scope) {
        Questionnaire questionnaire = definitions.current(questionnaireId)
                .orElseThrow(() -> new IllegalArgumentException("no questionnaire " + questionnaireId));
        definitions.store(questionnaire);
        ResumeToken token = ResumeToken.generate();
        long id = repository.insert(token.hash(), questionnaire.id(), questionnaire.contentHash(),
                questionnaire.languageFor(language), scope, clock.instant());
        return new Started(open(id).orElseThrow(), token);
    }

    /**
     * A new draft for the questions of a scope, answered in advance with the answers of an earlier assessment that
     * still fit the current version of its questionnaire: a re-assessment starts where the last one ended, a team's
     * respondent with the company profile answered.
     */
    @Transactional
    public Started startFrom(OpenAssessment earlier, String language, AnswerScope scope) {
        Started started = start(earlier.questionnaire().id(), language, scope);
        Questionnaire current = started.assessment().questionnaire();
        long id = started.assessment().id();
        earlier.answers().asMap().forEach((questionId, answer) -> current.question(questionId)
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> repository.saveAnswer(id, questionId, loader.write(answer), 0,
                        clock.instant())));
        return new Started(open(id).orElseThrow(), started.token());
    }

    /** The assessment behind a resume link, to go on answering: a draft whose questionnaire changed moves along. */
    @Transactional
    public Optional<OpenAssessment> resume(ResumeToken token) {
        return byToken(token).map(found -> {
            QuestionnaireUpdate update = migration.migrateIfOutdated(found);
            AssessmentRecord record = update == null ? found : repository.findById(found.id()).orElseThrow();
            return loader.load(record, update);
        });
    }

    /** The assessment behind a resume link as stored, to read: nothing about it changes. */
    public Optional<OpenAssessment> find(ResumeToken token) {
        return byToken(token).map(record -> loader.load(record, null));
    }

    private Optional<AssessmentRecord> byToken(ResumeToken token) {
        Optional<AssessmentRecord> found = repository.findByTokenHash(token.hash());
        if (found.isEmpty()) {
            // The same queries as for a known token, so the answer's timing does not tell the two apart.
            repository.answers(-1);
            repository.notes(-1);
        }
        return found;
    }

    /** The consultants' notes on an assessment as stored now; the caller decides who sees them. */
    public java.util.Map<String, String> notes(long id) {
        return repository.notes(id);
    }

    public Optional<OpenAssessment> open(long id) {
        return repository.findById(id).map(record -> loader.load(record, null));
    }

    /** Whether the assessment is finished, read without its answers: a step page asks on every Next. */
    public boolean isFinished(long id) {
        return repository.findById(id).filter(record -> record.state() == AssessmentState.FINISHED).isPresent();
    }

    /** A client's assessments, oldest first. */
    public List<OpenAssessment> ofClient(long clientId) {
        return repository.byClient(clientId).stream().map(record -> loader.load(record, null)).toList();
    }

    /** The finished assessments of a questionnaire, newest first (the studio's "what moves", for administrators). */
    public List<OpenAssessment> finishedOf(String questionnaireId) {
        return repository.finishedOf(questionnaireId).stream().map(record -> loader.load(record, null)).toList();
    }

    /** A new link for the assessment; the old one stops working. Access is the caller's to check. */
    @Transactional
    public ResumeToken renewToken(long id) {
        ResumeToken token = ResumeToken.generate();
        repository.updateTokenHash(id, token.hash(), clock.instant());
        return token;
    }

    /** Ties an assessment to a consultant's client; ownership is the caller's to check. */
    public void attachToClient(long id, long clientId) {
        repository.attachToClient(id, clientId, clock.instant());
    }

    /** What is left of a client's deleted assessments, oldest deletion first; ownership is the caller's to check. */
    public List<DeletedAssessment> deletedOfClient(long clientId) {
        return deletions.ofClient(clientId);
    }

    /** What is left of a deleted assessment that belonged to a client. */
    public Optional<DeletedAssessment> deleted(long id) {
        return deletions.find(id);
    }

    /** How long a draft may stay untouched before the nightly clean-up deletes it. */
    public int draftKeepDays() {
        return draftKeepDays;
    }

    /** Remembers the step the user is on, for the resume link; without a database the page goes on regardless. */
    public void moveTo(long id, String stepId) {
        bestEffort("the step", id, () -> repository.updateStep(id, stepId, clock.instant()));
    }

    /** Remembers the user's language, on the same terms as {@link #moveTo}. */
    public void changeLanguage(long id, String language) {
        bestEffort("the language", id, () -> repository.updateLanguage(id, language, clock.instant()));
    }

    private static void bestEffort(String what, long id, Runnable update) {
        try {
            update.run();
        } catch (DataAccessException e) {
            log.warn("Could not remember {} of assessment {}: {}", what, id, e.getMostSpecificCause().getMessage());
        }
    }

    /** Sets the organisation's name; refuses names over {@value OrganisationName#LIMIT} characters. */
    public boolean setOrganisation(long id, String organisation) {
        Optional<String> name = OrganisationName.asStored(organisation);
        name.ifPresent(taken -> repository.updateOrganisation(id, taken.isEmpty() ? null : taken, clock.instant()));
        return name.isPresent();
    }

    /** Finishes the assessment, unless another feature keeps it from changing now (a locked team); says which. */
    @Transactional
    public boolean finish(long id) {
        if (repository.findById(id).flatMap(gates::closed).isPresent()) {
            return false;
        }
        repository.finish(id, clock.instant());
        events.publishEvent(new AssessmentFinished(id));
        return true;
    }

    /** A finished assessment becomes a draft again, to be changed and finished anew; the caller decides who may. */
    @Transactional
    public boolean reopen(long id) {
        return repository.reopen(id, clock.instant());
    }

    /**
     * Deletes the assessment at the request of the merchant who holds it: answers, notes and token go. A client it
     * was attached to keeps a line saying so (see {@link DeletedAssessment}).
     */
    @Transactional
    public boolean delete(long id) {
        deletions.record(id, DeletedAssessment.DeletedBy.MERCHANT, clock.instant());
        boolean deleted = repository.delete(id);
        if (deleted) {
            events.publishEvent(new AssessmentsDeleted(1));
        }
        return deleted;
    }

    /** {@link #delete(long)} for the assessment behind a resume link. */
    @Transactional
    public boolean delete(ResumeToken token) {
        return repository.findByTokenHash(token.hash()).map(found -> delete(found.id())).orElse(false);
    }

    /** Deletes drafts untouched for the configured number of days; finished assessments stay. */
    @Scheduled(cron = "${readiness.drafts.cleanup-cron:0 17 3 * * *}")
    @Transactional
    public int deleteStaleDrafts() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(draftKeepDays));
        deletions.recordExpiredDrafts(cutoff, now);
        int deleted = repository.deleteDraftsUntouchedSince(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} draft assessment(s) untouched for {} days", deleted, draftKeepDays);
            events.publishEvent(new AssessmentsDeleted(deleted));
        }
        return deleted;
    }

    /** A new assessment and the token of its resume link. */
    public record Started(OpenAssessment assessment, ResumeToken token) {
    }
}
