package org.readiness.assessment.ui;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the session's queued answers and notes as they are given. While the database is away, the page polls and
 * tries again every few seconds; an answer given meanwhile is only queued, since each try holds the page while it
 * waits for the database.
 */
final class Autosave {

    private final WizardSession session;
    private final AnswerService answers;
    private final AssessmentService assessments;
    private final SaveStatus status;
    private final Consumer<WizardSession.Outcome> outcomes;
    private final Supplier<String> currentStep;
    private final Retrying retry = new Retrying();
    /** The latest change the page says it has sent; confirmed to the page once everything is stored. */
    private int sentUpTo;

    /**
     * @param currentStep the step the page shows, recorded for the resume link once waiting answers are saved
     * @param outcomes    told of what the page must show besides the status line: conflicts and refusals
     */
    Autosave(WizardSession session, AnswerService answers, AssessmentService assessments, Supplier<String> currentStep,
             SaveStatus status, Consumer<WizardSession.Outcome> outcomes) {
        this.session = session;
        this.answers = answers;
        this.assessments = assessments;
        this.currentStep = currentStep;
        this.status = status;
        this.outcomes = outcomes;
    }

    boolean serves(WizardSession other) {
        return session == other;
    }

    boolean isWaiting() {
        return retry.isOn();
    }

    /** Saves what is queued now, unless the page is already waiting for the database to come back. */
    void request() {
        if (!retry.isOn()) {
            save();
        }
    }

    /**
     * The page has sent every change up to this one (it arrives after them): once nothing waits to be saved, the
     * page hears that all of them are stored.
     */
    void sent(int upTo) {
        sentUpTo = Math.max(sentUpTo, upTo);
        if (!retry.isOn() && !session.hasPending()) {
            status.confirm(sentUpTo);
        }
    }

    private void save() {
        WizardSession.Outcome outcome = session.save(answers);
        if (outcome == WizardSession.Outcome.FAILED) {
            status.failed();
            startRetrying();
            return;
        }
        if (retry.isOn()) {
            // While answers waited, the step was not recorded either.
            assessments.moveTo(session.assessmentId(), currentStep.get());
        }
        stopRetrying();
        if (outcome == WizardSession.Outcome.GONE) {
            status.gone();
            status.confirm(sentUpTo);
            return;
        }
        status.saved();
        status.confirm(sentUpTo);
        outcomes.accept(outcome);
    }

    /** Goes on trying when the page comes back with answers still waiting. */
    void resume() {
        if (session.hasPending()) {
            status.failed();
            startRetrying();
        }
    }

    private void startRetrying() {
        retry.start(this::save);
    }

    void stop() {
        stopRetrying();
    }

    private void stopRetrying() {
        retry.stop();
    }
}
