package org.readiness.assessment.ui;

import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.OpenAssessment;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.Answers;

import java.util.List;
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
    private final Questionnaire questionnaire;
    /** The questions these answers are for: all of them, or those of a team's profile or of one role. */
    private final AnswerScope scope;
    private final PageAnswers page;

    private WizardSession(OpenAssessment assessment, @Nullable String token, @Nullable Interview interview,
                          @Nullable Journey journey, boolean readOnly) {
        this.assessmentId = assessment.id();
        this.token = token;
        this.interview = interview;
        this.journey = journey;
        this.readOnly = readOnly;
        this.finished = assessment.isFinished();
        this.scope = assessment.scope();
        this.questionnaire = assessment.questionnaire();
        this.page = new PageAnswers(assessment, interview != null);
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

    /** The answers and notes as the page shows them, and those waiting to be saved. */
    PageAnswers page() {
        return page;
    }

    @Override
    public String note(String questionId) {
        return page.note(questionId);
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
            if (!AnswerCheck.missingRequired(questionnaire, steps.get(i), answers(), scope).isEmpty()) {
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
        return page.answers();
    }
}
