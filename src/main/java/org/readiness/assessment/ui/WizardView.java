package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerProblem;

import org.springframework.dao.DataAccessException;

import java.util.List;

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
    private final Paragraph stepError = new Paragraph();
    private Autosave autosave;
    private StepForm form;
    private int stepIndex = -1;
    private String renderedLanguage;
    /** Opened by "Edit" on the review page: the page offers the way back there. */
    private boolean fromReview;

    WizardView(AssessmentService assessments, AnswerService answers) {
        this.assessments = assessments;
        this.answers = answers;
        addClassName("wizard-view");
        stepError.addClassName("step-error");
        stepError.getElement().setAttribute("role", "alert");
    }

    /** The step to continue at: where the assessment was left, or the first. */
    static String stepToResume(OpenAssessment assessment) {
        List<Step> steps = assessment.questionnaire().steps();
        return steps.stream().map(Step::id).filter(id -> id.equals(assessment.currentStep())).findFirst()
                .orElse(steps.get(0).id());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (session == null) {
            return;
        }
        if (session.isReadOnly()) {
            event.forwardTo(ResultView.class);
            return;
        }
        List<Step> steps = session.questionnaire().steps();
        String stepId = event.getRouteParameters().get("stepId").orElse("");
        stepIndex = steps.stream().map(Step::id).toList().indexOf(stepId);
        if (stepIndex < 0) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(0).id()));
            return;
        }
        int firstOpen = firstStepMissingAnswers(session);
        if (!session.isInterview() && firstOpen >= 0 && stepIndex > firstOpen) {
            // A step typed ahead of a required question not answered yet: the user goes to that question first.
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(firstOpen).id()));
            return;
        }
        fromReview = REVIEW.equals(event.getLocation().getQueryParameters().getSingleParameter(FROM).orElse(null));
        if (autosave == null || !autosave.serves(session)) {
            if (autosave != null) {
                autosave.stop();
            }
            autosave = new Autosave(session, answers, assessments, () -> step().id(), saveStatus, this::show);
        }
        if (!session.hasPending()) {
            // While answers wait for the database, recording the step would only wait too; Autosave records it later.
            assessments.moveTo(session.assessmentId(), stepId);
            refreshNotes();
        }
        render(Languages.current());
    }

    /** The first step (by index) with a required question shown and not answered; -1 when there is none. */
    static int firstStepMissingAnswers(WizardSession session) {
        List<Step> steps = session.questionnaire().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (!AnswerCheck.missingRequired(session.questionnaire(), steps.get(i), session.answers()).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** An interview's notes as stored: the page's last beacon, sent as it was left, may have stored one. */
    private void refreshNotes() {
        if (session.isInterview()) {
            try {
                session.refreshNotes(assessments.notes(session.assessmentId()));
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

    @Override
    protected void render(String language) {
        renderedLanguage = language;
        removeAll();
        setClassName("interview", session.isInterview());
        Step step = step();
        add(new StepIndicator(session.questionnaire().steps(), stepIndex, language, session.isInterview()));
        session.returnTo().ifPresent(returnTo -> add(backLink(returnTo)));
        session.clientName().ifPresent(client -> add(clientLine(client)));
        H1 heading = new H1(step.title().in(language));
        heading.addClassName("step-title");
        add(heading);
        if (step.description() != null) {
            add(new Paragraph(step.description().in(language)));
        }
        if (session.isInterview()) {
            Paragraph notesHint = new Paragraph(getTranslation("interview.notes-hint", AnswerService.NOTE_LIMIT));
            notesHint.addClassName("notes-hint");
            add(notesHint);
        }
        form = new StepForm(session, step, language);
        form.addAnswerGivenListener(given -> {
            session.answer(given.questionId(), given.answer());
            form.showOnlyShownQuestions();
            autosave.request();
        });
        form.addNoteWrittenListener(written -> {
            session.writeNote(written.questionId(), written.text());
            autosave.request();
        });
        form.addChangesSentListener(sent -> autosave.sent(sent.upTo()));
        stepError.setText("");
        stepError.setVisible(false);
        saveStatus.localise();
        add(form, stepError, buttons(), saveStatus);
        session.token().ifPresent(token -> add(new ResumeLinkBox(token)));
        if (session.hasPending()) {
            saveStatus.failed();
        }
        ChangeTracker.install(form, session.noteBeacon());
        PageTop.show(heading);
    }

    /**
     * The way back to the consultant's page, as a navigation inside the app: the server takes it after every change
     * sent before the click (a note typed just before is stored first), where a plain link would leave the page.
     */
    static Anchor backLink(ReturnTo returnTo) {
        Anchor back = new Anchor(returnTo.location(), "");
        back.setText(back.getTranslation(returnTo.labelKey()));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-to-client");
        return back;
    }

    static Paragraph clientLine(String client) {
        Paragraph line = new Paragraph();
        line.setText(line.getTranslation("interview.client", client));
        line.addClassName("client-name");
        return line;
    }

    private Div buttons() {
        Button back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create(), click -> {
            if (isSingleClick(click)) {
                navigateTo(stepIndex - 1);
            }
        });
        back.setEnabled(stepIndex > 0);
        Button next = new Button(getTranslation(isLastStep() ? (session.isInterview() ? "interview.finish"
                : "wizard.to-review") : "wizard.next"), VaadinIcon.ARROW_RIGHT.create(), click -> {
            if (isSingleClick(click)) {
                next();
            }
        });
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-button");
        Div buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        if (fromReview && !session.isInterview()) {
            Button toReview = new Button(getTranslation("wizard.back-to-review"), click -> {
                if (isSingleClick(click)) {
                    toReview();
                }
            });
            toReview.addClassName("back-to-review");
            buttons.add(toReview);
        }
        return buttons;
    }

    /**
     * The second and third click of a fast double or triple click land where the first one's step was, which may
     * be the next step's button by then: only the first moves.
     */
    private static boolean isSingleClick(ClickEvent<Button> click) {
        return click.getClickCount() <= 1;
    }

    private Step step() {
        return session.questionnaire().steps().get(stepIndex);
    }

    private boolean isLastStep() {
        return stepIndex == session.questionnaire().steps().size() - 1;
    }

    /** What the page shows of a save besides the status line. */
    private void show(WizardSession.Outcome outcome) {
        if (outcome instanceof WizardSession.Conflict conflict) {
            form.field(conflict.questionId()).ifPresent(field ->
                    field.show(session.answers().get(conflict.questionId()).orElse(null)));
            form.showOnlyShownQuestions();
            Notification.show(getTranslation("save.conflict"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } else if (outcome instanceof WizardSession.Refused refused) {
            form.field(refused.questionId()).ifPresent(field ->
                    field.showError(refusal(refused.problem(), field.question().textLimit())));
            form.showOnlyShownQuestions();
        } else if (outcome instanceof WizardSession.RefusedNote refused) {
            form.note(refused.questionId()).ifPresent(note ->
                    note.showError(refusal(refused.problem(), AnswerService.NOTE_LIMIT)));
        }
    }

    /** Why a text was not taken, in the user's language. */
    private String refusal(AnswerProblem problem, int textLimit) {
        return switch (problem.kind()) {
            case TOO_LONG -> getTranslation("save.too-long", textLimit);
            case NOT_STORED -> getTranslation("save.not-stored");
            default -> getTranslation("save.refused", problem.message());
        };
    }

    private void next() {
        if (!session.isInterview() && !stepIsComplete()) {
            return;
        }
        if (!isLastStep()) {
            navigateTo(stepIndex + 1);
        } else if (session.isInterview()) {
            finishInterview();
        } else {
            toReview();
        }
    }

    /** Marks the required questions not answered yet, takes the user to the first and says how many are left. */
    private boolean stepIsComplete() {
        List<AnswerProblem> missing = AnswerCheck.missingRequired(session.questionnaire(), step(), session.answers());
        if (missing.isEmpty()) {
            return true;
        }
        missing.forEach(problem -> form.field(problem.questionId()).ifPresent(QuestionField::markMissing));
        form.field(missing.get(0).questionId()).ifPresent(QuestionField::focus);
        stepError.setText(missing.size() == 1 ? getTranslation("wizard.missing.one")
                : getTranslation("wizard.missing.many", missing.size()));
        stepError.setVisible(true);
        return false;
    }

    private void toReview() {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
    }

    /** Finishing with questions not discussed is the consultant's decision: the page asks first. */
    private void finishInterview() {
        long notDiscussed = NotDiscussed.count(session);
        if (notDiscussed == 0) {
            finishNow();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(notDiscussed == 1 ? getTranslation("interview.finish.confirm.one")
                : getTranslation("interview.finish.confirm.many", notDiscussed));
        dialog.setText(getTranslation("interview.finish.confirm.text"));
        dialog.setConfirmText(getTranslation("interview.finish.confirm.finish"));
        dialog.addConfirmListener(confirmed -> finishNow());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("interview.finish.confirm.cancel"));
        dialog.open();
    }

    private void finishNow() {
        if (session.save(answers) != WizardSession.Outcome.FAILED) {
            assessments.finish(session.assessmentId());
            session.finished();
        }
        getUI().ifPresent(ui -> ui.navigate(ResultView.class));
    }

    private void navigateTo(int index) {
        String stepId = session.questionnaire().steps().get(index).id();
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
                session.questionnaire().steps().size());
    }
}
