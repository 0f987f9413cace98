package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.Step;

import org.springframework.dao.DataAccessException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One step of the questionnaire. The step is in the address, so reload, back/forward and a copied link land on it.
 * Each answer is saved when it is given; a failed save is kept and tried again until the database answers.
 */
@Route(value = "assessment/step/:stepId", layout = MainLayout.class)
@AnonymousAllowed
public class WizardView extends SessionPage implements HasDynamicTitle {

    /** The query parameter that says where a step was opened from, and its value for the review page. */
    static final String FROM = "from";
    static final String REVIEW = "review";

    private final AssessmentService assessments;
    private final AnswerService answers;
    private final SaveStatus saveStatus = new SaveStatus();
    private final StepError stepError = new StepError();
    private Autosave autosave;
    private StepForm form;
    private final StepParts stepParts = new StepParts(this);
    /** The session the page's frame (buttons, save status, resume link) was made for; null while it shows none. */
    private WizardSession framed;
    private StepButtons buttons;
    private int stepIndex = -1;
    private String renderedLanguage;
    /** Opened by "Edit" on the review page: the page offers the way back there. */
    private boolean fromReview;

    WizardView(AssessmentService assessments, AnswerService answers) {
        this.assessments = assessments;
        this.answers = answers;
        addClassName("wizard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (session == null || sentElsewhere(event)) {
            return;
        }
        List<Step> steps = session.steps();
        String stepId = event.getRouteParameters().get("stepId").orElse("");
        stepIndex = steps.stream().map(Step::id).toList().indexOf(stepId);
        if (stepIndex < 0) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(0).id()));
            return;
        }
        int firstOpen = session.firstStepMissingAnswers();
        if (!session.isInterview() && firstOpen >= 0 && stepIndex > firstOpen) {
            // A step typed ahead of a required question not answered yet: the user goes to that question first.
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(firstOpen).id()));
            return;
        }
        fromReview = REVIEW.equals(event.getLocation().getQueryParameters().getSingleParameter(FROM).orElse(null));
        autosaveThisSession();
        if (!session.page().hasPending()) {
            // While answers wait for the database, recording the step would only wait too; Autosave records it later.
            assessments.moveTo(session.assessmentId(), stepId);
            refreshNotes();
        }
        render(Languages.current());
    }

    /**
     * An assessment finished in another tab, read only, or closed for this journey is not answered here: the page goes
     * where it is shown (or says so in place). True when it did.
     */
    private boolean sentElsewhere(BeforeEnterEvent event) {
        boolean finishedElsewhere = FinishedElsewhere.check(session, assessments);
        if (session.isReadOnly() || finishedElsewhere && session.journey().isPresent()) {
            event.forwardTo(FinishedElsewhere.location(session));
            return true;
        }
        if (finishedElsewhere) {
            showFinishedElsewhere();
            return true;
        }
        if (JourneyEnd.closed(session, answers)) {
            event.forwardTo(session.journey().orElseThrow().afterFinish());
            return true;
        }
        return false;
    }

    private void autosaveThisSession() {
        if (autosave == null || !autosave.serves(session)) {
            if (autosave != null) {
                autosave.stop();
            }
            autosave = new Autosave(session, answers, assessments, () -> step().id(), saveStatus, () -> form);
        }
    }

    /** An interview's notes as stored: the page's last beacon, sent as it was left, may have stored one. */
    private void refreshNotes() {
        if (session.isInterview()) {
            try {
                session.page().refreshNotes(assessments.notes(session.assessmentId()));
            } catch (DataAccessException unreachable) {
                // The notes this session knows are shown; the next save tells the user about the database.
            }
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String language = Languages.of(event.getLocale());
        if (session != null && stepIndex >= 0 && !language.equals(renderedLanguage)) {
            assessments.changeLanguage(session.assessmentId(), language);
            render(language);
        }
    }

    /** Shows the step; moving to another step of the same session in the same language replaces only its parts. */
    @Override
    protected void render(String language) {
        boolean keepFrame = language.equals(renderedLanguage) && session == framed;
        renderedLanguage = language;
        setClassName("interview", session.isInterview());
        StepTop top = new StepTop(session, step(), stepIndex, language);
        List<Component> step = new ArrayList<>(List.of(top.parts()));
        form = newForm(language);
        step.add(form);
        stepError.hide();
        if (keepFrame) {
            stepParts.replace(step);
        } else {
            framed = session;
            buttons = new StepButtons(session, new StepButtons.Moves(() -> navigateTo(stepIndex - 1), this::next,
                    () -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class))));
            saveStatus.localise();
            stepParts.showAnew(step, Stream.<Component>concat(Stream.of(stepError, buttons, saveStatus),
                    ResumeLinkBox.of(session).stream()).toList());
        }
        buttons.showFor(stepIndex == 0, isLastStep(), fromReview);
        if (session.page().hasPending()) {
            saveStatus.failed();
        }
        ChangeTracker.install(form, session.noteBeacon());
        PageTop.show(top.heading());
    }

    private StepForm newForm(String language) {
        StepForm newForm = new StepForm(session, step(), language, saveStatus);
        newForm.addAnswerGivenListener(given -> {
            session.page().answer(given.questionId(), given.answer());
            newForm.showOnlyShownQuestions();
            autosave.request();
        });
        newForm.addNoteWrittenListener(written -> {
            session.page().writeNote(written.questionId(), written.text());
            autosave.request();
        });
        newForm.addChangesSentListener(sent -> autosave.sent(sent.upTo()));
        return newForm;
    }

    private Step step() {
        return session.steps().get(stepIndex);
    }

    private boolean isLastStep() {
        return stepIndex == session.steps().size() - 1;
    }

    private void next() {
        if (FinishedElsewhere.check(session, assessments)) {
            showFinishedElsewhere();
            return;
        }
        if (!session.isInterview() && !stepIsComplete()) {
            return;
        }
        if (isLastStep()) {
            new LastStep(session, answers, assessments, this, this::cannotFinish).next();
        } else {
            navigateTo(stepIndex + 1);
        }
    }

    /** A page left open while the assessment was finished elsewhere asks for nothing: it says so instead. */
    private void showFinishedElsewhere() {
        stepIndex = -1;
        removeAll();
        framed = null;
        add(FinishedElsewhere.notice(session));
    }

    /** Marks the required questions not answered yet, takes the user to the first and says how many are left. */
    private boolean stepIsComplete() {
        int missing = form.markMissing();
        if (missing > 0) {
            stepError.show(missing == 1 ? getTranslation("wizard.missing.one")
                    : getTranslation("wizard.missing.many", missing));
        }
        return missing == 0;
    }

    /** Answers not stored yet stay on the page and are tried again, as while answering. */
    private void cannotFinish(String key) {
        stepError.show(getTranslation(key));
        if (session.page().hasPending()) {
            saveStatus.failed();
            autosave.resume();
        }
    }

    private void navigateTo(int index) {
        String stepId = session.steps().get(index).id();
        getUI().ifPresent(ui -> ui.navigate(WizardView.class, new RouteParameters("stepId", stepId)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (autosave != null) {
            autosave.resume();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (autosave != null) {
            autosave.stop();
        }
    }

    @Override
    public String getPageTitle() {
        if (session == null || stepIndex < 0) {
            return getTranslation("app.name");
        }
        return getTranslation("wizard.page-title", step().title().in(Languages.current()), stepIndex + 1,
                session.steps().size());
    }
}
