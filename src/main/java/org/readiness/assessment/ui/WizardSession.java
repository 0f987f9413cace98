package org.readiness.assessment.ui;

import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.SaveResult;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.Answers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment this browser session works on, as the page shows it: every answer given (saved or not yet), the
 * revisions last seen, and the answers still waiting to be saved. Held in the Vaadin session, so every tab and
 * step page of the session shares it, and an answer that could not be saved survives moving between steps.
 */
final class WizardSession implements StepAnswers {

    private static final String KEY = WizardSession.class.getName();

    private final long assessmentId;
    private final @Nullable String token;
    /** A consultant's interview: talking points and notes on screen, no step is locked, and a way back. */
    private final @Nullable Interview interview;
    /** Another feature's way through the wizard, such as a team respondent's. */
    private final @Nullable Journey journey;
    /** Shown only as its result: a finished interview, changed only by a re-assessment. */
    private final boolean readOnly;
    private boolean finished;
    /** The notes as the page shows them; {@link #pendingNotes} holds those written but not stored yet. */
    private final Map<String, String> notes;
    private final Map<String, String> pendingNotes = new LinkedHashMap<>();
    private final Questionnaire questionnaire;
    /** The questions these answers are for: all of them, or those of a team's profile or of one role. */
    private final AnswerScope scope;
    /** The answers as the page shows them; {@link #stored} as the database has them, as far as this session knows. */
    private Answers answers;
    private Answers stored;
    private final Map<String, Integer> revisions;
    /** Answers (or clearings: empty) given but not stored yet, in the order given. */
    private final Map<String, Optional<Answer>> pending = new LinkedHashMap<>();

    private WizardSession(OpenAssessment assessment, @Nullable String token, @Nullable Interview interview,
                          @Nullable Journey journey, boolean readOnly) {
        this.assessmentId = assessment.id();
        this.token = token;
        this.interview = interview;
        this.journey = journey;
        this.readOnly = readOnly;
        this.finished = assessment.isFinished();
        this.scope = assessment.scope();
        this.notes = new HashMap<>(interview == null ? Map.of() : assessment.notes());
        this.questionnaire = assessment.questionnaire();
        this.answers = assessment.answers();
        this.stored = assessment.answers();
        this.revisions = new HashMap<>(assessment.revisions());
    }

    static Optional<WizardSession> current() {
        return Optional.ofNullable((WizardSession) VaadinSession.getCurrent().getAttribute(KEY));
    }

    static WizardSession open(OpenAssessment assessment, @Nullable String token) {
        return keep(new WizardSession(assessment, token, null, null, false));
    }

    /** Another feature's way through the wizard; the caller has checked who may answer. */
    static WizardSession openJourney(OpenAssessment assessment, @Nullable String token, Journey journey) {
        return keep(new WizardSession(assessment, token, null, journey, false));
    }

    /**
     * An interview the consultant may run: the caller has checked that the assessment is theirs. A finished one is
     * opened read-only.
     */
    static WizardSession openInterview(OpenAssessment assessment, Interview interview) {
        return keep(new WizardSession(assessment, null, interview, null, assessment.isFinished()));
    }

    private static WizardSession keep(WizardSession session) {
        VaadinSession.getCurrent().setAttribute(KEY, session);
        return session;
    }

    static void close() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }

    @Override
    public boolean isInterview() {
        return interview != null;
    }

    /** Where an interview goes back to; empty for a merchant's own assessment. */
    Optional<ReturnTo> returnTo() {
        return Optional.ofNullable(interview).map(Interview::returnTo);
    }

    /** The client an interview is with, if the opener named it. */
    Optional<String> clientName() {
        return Optional.ofNullable(interview).map(Interview::clientName);
    }

    @Nullable NoteBeacon noteBeacon() {
        return interview == null ? null : interview.noteBeacon();
    }

    /** A finished interview: its answers are history, shown only as the result. */
    boolean isReadOnly() {
        return readOnly || (interview != null && finished);
    }

    boolean isFinished() {
        return finished;
    }

    void finished() {
        finished = true;
    }

    /** Takes the notes as stored now (another request, such as the page's last beacon, may have stored one). */
    void refreshNotes(Map<String, String> stored) {
        notes.clear();
        notes.putAll(stored);
    }

    /** The note on a question as the page shows it: the last one written, whether stored yet or not. */
    @Override
    public String note(String questionId) {
        return pendingNotes.getOrDefault(questionId, notes.getOrDefault(questionId, ""));
    }

    /** Takes a consultant's note at once and queues it for saving, as {@link #answer} does with answers. */
    void writeNote(String questionId, String note) {
        pendingNotes.remove(questionId);
        pendingNotes.put(questionId, note);
    }

    /** What the client's team said about a question, when it disagreed there. */
    @Override
    public Optional<String> teamPoint(String questionId) {
        return Optional.ofNullable(interview).map(open -> open.teamPoints().get(questionId));
    }

    Optional<Journey> journey() {
        return Optional.ofNullable(journey);
    }

    @Override
    public AnswerScope scope() {
        return scope;
    }

    /** The steps this session answers: those asking at least one question of its scope. */
    List<Step> steps() {
        return questionnaire.steps().stream().filter(step -> scope.asks(questionnaire, step)).toList();
    }

    /** The first step (by index) with a required question shown and not answered; -1 when there is none. */
    int firstStepMissingAnswers() {
        List<Step> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (!AnswerCheck.missingRequired(questionnaire, steps.get(i), answers, scope).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    long assessmentId() {
        return assessmentId;
    }

    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    @Override
    public Answers answers() {
        return answers;
    }

    boolean hasPending() {
        return !pending.isEmpty() || !pendingNotes.isEmpty();
    }

    /** Takes the user's answer at once (the page shows it) and queues it for saving. */
    void answer(String questionId, @Nullable Answer answer) {
        answers = set(answers, questionId, answer);
        pending.remove(questionId);
        pending.put(questionId, Optional.ofNullable(answer));
    }

    /** Saves what is queued, answers, then notes; stops at the first failure and keeps the rest for the next try. */
    Outcome save(AnswerService service) {
        Outcome outcome = Outcome.SAVED;
        for (var entry : new LinkedHashMap<>(pending).entrySet()) {
            String questionId = entry.getKey();
            int revision = revisions.getOrDefault(questionId, 0);
            SaveResult result = entry.getValue().isPresent()
                    ? service.save(assessmentId, questionId, entry.getValue().get(), revision)
                    : service.clear(assessmentId, questionId, revision);
            if (result instanceof SaveResult.Failed) {
                return Outcome.FAILED;
            }
            pending.remove(questionId);
            if (result instanceof SaveResult.Saved saved) {
                revisions.put(questionId, saved.revision());
                stored = set(stored, questionId, saved.stored());
                answers = set(answers, questionId, saved.stored());
            } else if (result instanceof SaveResult.Conflict conflict) {
                revisions.put(questionId, conflict.revision());
                stored = set(stored, questionId, conflict.current());
                answers = set(answers, questionId, conflict.current());
                outcome = new Conflict(questionId);
            } else if (result instanceof SaveResult.Refused refused) {
                answers = set(answers, questionId, stored.get(questionId).orElse(null));
                outcome = new Refused(questionId, refused.problem());
            } else if (result instanceof SaveResult.Gone) {
                return gone();
            }
        }
        for (var entry : new LinkedHashMap<>(pendingNotes).entrySet()) {
            String questionId = entry.getKey();
            SaveResult result = service.saveNote(assessmentId, questionId, entry.getValue());
            if (result instanceof SaveResult.Failed) {
                return Outcome.FAILED;
            }
            pendingNotes.remove(questionId);
            if (result instanceof SaveResult.Saved) {
                notes.put(questionId, entry.getValue());
            } else if (result instanceof SaveResult.Refused refused) {
                outcome = new RefusedNote(questionId, refused.problem());
            } else if (result instanceof SaveResult.Gone) {
                return gone();
            }
        }
        return outcome;
    }

    private static Answers set(Answers answers, String questionId, @Nullable Answer answer) {
        return answer == null ? answers.without(questionId) : answers.with(questionId, answer);
    }

    private Outcome gone() {
        pending.clear();
        pendingNotes.clear();
        return Outcome.GONE;
    }

    /** What became of the queued answers and notes. */
    sealed interface Outcome permits Simple, Conflict, Refused, RefusedNote {
        Outcome SAVED = Simple.SAVED;
        Outcome FAILED = Simple.FAILED;
        Outcome GONE = Simple.GONE;
    }

    enum Simple implements Outcome { SAVED, FAILED, GONE }

    record Conflict(String questionId) implements Outcome {
    }

    record Refused(String questionId, AnswerProblem problem) implements Outcome {
    }

    record RefusedNote(String questionId, AnswerProblem problem) implements Outcome {
    }
}
