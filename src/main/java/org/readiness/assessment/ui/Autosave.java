package org.readiness.assessment.ui;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.SaveResult;

import java.util.List;
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
    private final Supplier<StepForm> form;
    private final Supplier<String> currentStep;
    private final Retrying retry = new Retrying();
    /** The latest change the page says it has sent; confirmed to the page once everything is stored. */
    private int sentUpTo;

    /**
     * @param currentStep the step the page shows, recorded for the resume link once waiting answers are saved
     * @param form        the step's form as the page shows it, told of conflicts and refusals at their fields
     */
    Autosave(WizardSession session, AnswerService answers, AssessmentService assessments, Supplier<String> currentStep,
             SaveStatus status, Supplier<StepForm> form) {
        this.session = session;
        this.answers = answers;
        this.assessments = assessments;
        this.currentStep = currentStep;
        this.status = status;
        this.form = form;
    }

    boolean serves(WizardSession other) {
        return session == other;
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
        if (!retry.isOn() && !session.page().hasPending()) {
            status.confirm(sentUpTo);
        }
    }

    /** What became of a save, on the page: the one place that turns the service's replies into what users see. */
    private void save() {
        List<PageAnswers.Reply> replies = session.page().save(answers);
        if (replies.stream().anyMatch(reply -> reply.result() instanceof SaveResult.Failed)) {
            status.failed();
            startRetrying();
            return;
        }
        if (retry.isOn()) {
            // While answers waited, the step was not recorded either.
            assessments.moveTo(session.assessmentId(), currentStep.get());
        }
        stopRetrying();
        if (replies.stream().anyMatch(reply -> reply.result() instanceof SaveResult.Gone)) {
            status.gone();
            status.confirm(sentUpTo);
            return;
        }
        if (JourneyEnd.reached(session, replies, form.get())) {
            status.confirm(sentUpTo);
            return;
        }
        for (PageAnswers.Reply reply : replies) {
            if (reply.result() instanceof SaveResult.Conflict) {
                form.get().conflict(reply.questionId());
            } else if (reply.result() instanceof SaveResult.Refused refused) {
                form.get().refused(reply.questionId(), reply.note(), refused.problem());
            }
        }
        if (replies.stream().anyMatch(reply -> reply.result() instanceof SaveResult.Refused)) {
            status.refused();
        } else {
            status.saved();
        }
        status.confirm(sentUpTo);
    }

    /** Goes on trying when the page comes back with answers still waiting. */
    void resume() {
        if (session.page().hasPending()) {
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
