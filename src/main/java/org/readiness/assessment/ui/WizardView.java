package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
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

import java.util.List;
import java.util.Optional;

/**
 * One step of the questionnaire. The step is in the address, so reload, back/forward and a copied link land on it.
 * Each answer is saved when it is given; a failed save is kept and tried again until the database answers.
 */
@Route(value = "assessment/step/:stepId", layout = MainLayout.class)
@AnonymousAllowed
public class WizardView extends SessionPage implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final AnswerService answers;
    private final SaveStatus saveStatus = new SaveStatus();
    private final Paragraph stepError = new Paragraph();
    private Autosave autosave;
    private StepForm form;
    private int stepIndex = -1;
    private String renderedLanguage;

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
        List<Step> steps = session.steps();
        String stepId = event.getRouteParameters().get("stepId").orElse("");
        stepIndex = steps.stream().map(Step::id).toList().indexOf(stepId);
        if (stepIndex < 0) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(0).id()));
            return;
        }
        if (autosave == null || !autosave.serves(session)) {
            if (autosave != null) {
                autosave.stop();
            }
            autosave = new Autosave(session, answers, assessments, () -> step().id(), saveStatus, this::show);
        }
        if (!session.hasPending()) {
            // While answers wait for the database, recording the step would only wait too; Autosave records it later.
            assessments.moveTo(session.assessmentId(), stepId);
        }
        render(Languages.current());
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
        Step step = step();
        add(new StepIndicator(session.steps(), stepIndex, language, session.isInterview()));
        session.returnTo().ifPresent(returnTo -> {
            Anchor back = new Anchor(returnTo.location(), getTranslation(returnTo.labelKey()));
            back.addClassName("back-to-client");
            add(back);
        });
        H1 heading = new H1(step.title().in(language));
        heading.addClassName("step-title");
        add(heading);
        if (step.description() != null) {
            add(new Paragraph(step.description().in(language)));
        }
        session.journey().map(Journey::notice).ifPresent(notice -> {
            Paragraph who = new Paragraph(notice);
            who.addClassName("journey-notice");
            add(who);
        });
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
        stepError.setText("");
        stepError.setVisible(false);
        add(form, stepError, buttons(), saveStatus);
        session.token().ifPresent(token -> {
            String linkPath = session.journey().map(Journey::linkPath).orElse(ResumeLinkBox.RESUME_PATH);
            if (linkPath != null) {
                add(new ResumeLinkBox(linkPath, token));
            }
        });
        if (session.hasPending()) {
            saveStatus.failed();
        }
    }

    private Div buttons() {
        Button back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> navigateTo(stepIndex - 1));
        back.setEnabled(stepIndex > 0);
        Button next = new Button(getTranslation(isLastStep() ? lastStepLabel() : "wizard.next"),
                VaadinIcon.ARROW_RIGHT.create(), click -> next());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-button");
        Div buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        return buttons;
    }

    private String lastStepLabel() {
        if (session.isInterview()) {
            return "interview.finish";
        }
        return session.journey().map(Journey::finishLabelKey).orElse("wizard.to-review");
    }

    private Step step() {
        return session.steps().get(stepIndex);
    }

    private boolean isLastStep() {
        return stepIndex == session.steps().size() - 1;
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
        if (!session.isInterview()) {
            List<AnswerProblem> missing = AnswerCheck.missingRequired(session.questionnaire(), step(),
                    session.answers(), session.scope());
            if (!missing.isEmpty()) {
                missing.forEach(problem -> form.field(problem.questionId()).ifPresent(QuestionField::markMissing));
                form.field(missing.get(0).questionId()).ifPresent(QuestionField::focus);
                stepError.setText(getTranslation("wizard.missing"));
                stepError.setVisible(true);
                return;
            }
        }
        if (!isLastStep()) {
            navigateTo(stepIndex + 1);
        } else if (session.isInterview()) {
            Optional<DatabaseTrouble> trouble = Finishing.finish(session, answers, assessments);
            if (trouble.isPresent()) {
                stepError.setText(getTranslation(trouble.get() == DatabaseTrouble.UNREACHABLE ? "review.unavailable"
                        : "review.refused"));
                stepError.setVisible(true);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(ResultView.class));
        } else if (session.journey().isPresent()) {
            finishJourney(session.journey().get());
        } else {
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
        }
    }

    /** The answers go only once every one of them is stored; while the database is away they wait on the page. */
    private void finishJourney(Journey journey) {
        if (session.save(answers) == WizardSession.Outcome.FAILED) {
            saveStatus.failed();
            autosave.resume();
            return;
        }
        assessments.finish(session.assessmentId());
        getUI().ifPresent(ui -> ui.navigate(journey.afterFinish()));
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
