package org.readiness.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.questionnaire.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of the questionnaire. The step is in the address, so reload, back/forward and a copied link land on it.
 * Each answer is saved when it is given; a failed save is kept and tried again until the database answers.
 */
@Route(value = "assessment/step/:stepId", layout = MainLayout.class)
@AnonymousAllowed
public class WizardView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int RETRY_MILLIS = 3000;

    private final AssessmentService assessments;
    private final SaveStatus saveStatus = new SaveStatus();
    private final Paragraph stepError = new Paragraph();
    private final List<QuestionField> fields = new ArrayList<>();
    private final Map<String, InterviewNote> notes = new HashMap<>();
    private WizardSession session;
    private int stepIndex;
    private Registration retry;
    private String renderedLanguage;

    WizardView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("wizard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<WizardSession> current = WizardSession.current();
        if (current.isEmpty()) {
            event.forwardTo(StartView.class);
            return;
        }
        session = current.get();
        String stepId = event.getRouteParameters().get("stepId").orElse("");
        List<Step> steps = session.questionnaire().steps();
        stepIndex = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                stepIndex = i;
            }
        }
        if (stepIndex < 0) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(0).id()));
            return;
        }
        if (!session.hasPending()) {
            // While answers wait for the database, recording the step would only wait too; save() records it later.
            assessments.moveTo(session.assessmentId(), stepId);
        }
        render(Languages.current());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String language = Languages.of(event.getLocale());
        if (session != null && !language.equals(renderedLanguage)) {
            assessments.changeLanguage(session.assessmentId(), language);
            render(language);
        }
    }

    private void render(String language) {
        renderedLanguage = language;
        removeAll();
        fields.clear();
        notes.clear();
        Questionnaire questionnaire = session.questionnaire();
        Step step = step();
        boolean interview = session.isInterview();
        add(new StepIndicator(questionnaire.steps(), stepIndex, language, interview));
        session.interviewClientId().ifPresent(clientId -> {
            com.vaadin.flow.component.html.Anchor back = new com.vaadin.flow.component.html.Anchor(
                    "consultant/clients/" + clientId, getTranslation("interview.back-to-client"));
            back.addClassName("back-to-client");
            add(back);
        });
        H1 heading = new H1(step.title().in(language));
        heading.addClassName("step-title");
        add(heading);
        if (step.description() != null) {
            add(new Paragraph(step.description().in(language)));
        }
        Div form = new Div();
        form.addClassName("questions");
        for (Question question : step.questions()) {
            QuestionField field = new QuestionField(question, language);
            field.show(session.answers().get(question.id()).orElse(null));
            field.addAnswerChangedListener(changed -> answered(changed.getSource(), changed));
            fields.add(field);
            form.add(field);
            if (interview) {
                InterviewNote note = new InterviewNote(question, language, session.note(question.id()),
                        session.answers().has(question.id()));
                field.addAnswerChangedListener(changed -> note.answered(changed.answer() != null));
                note.addNoteChangedListener(changed -> noteWritten(note, question.id(), changed.text()));
                notes.put(question.id(), note);
                field.getElement().appendChild(note.getElement());
            }
        }
        add(form);
        showOnlyShownQuestions();
        Button back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create(), click -> back());
        back.setEnabled(stepIndex > 0);
        boolean last = stepIndex == questionnaire.steps().size() - 1;
        Button next = new Button(getTranslation(last ? (interview ? "interview.finish" : "wizard.to-review")
                : "wizard.next"),
                VaadinIcon.ARROW_RIGHT.create(), click -> next());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-button");
        Div buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        stepError.addClassName("step-error");
        stepError.getElement().setAttribute("role", "alert");
        stepError.setText("");
        stepError.setVisible(false);
        add(stepError, buttons, saveStatus);
        session.token().ifPresent(token -> add(new ResumeLinkBox(token)));
        if (session.hasPending()) {
            saveStatus.failed();
        }
    }

    private Step step() {
        return session.questionnaire().steps().get(stepIndex);
    }

    private void answered(QuestionField field, QuestionField.AnswerChanged changed) {
        session.answer(field.question().id(), changed.answer());
        showOnlyShownQuestions();
        if (retry == null) {
            save();
        }
    }

    private void save() {
        WizardSession.Outcome outcome = session.save(assessments);
        if (outcome == WizardSession.Outcome.FAILED) {
            saveStatus.failed();
            startRetrying();
            return;
        }
        if (retry != null) {
            assessments.moveTo(session.assessmentId(), step().id());
        }
        stopRetrying();
        if (outcome == WizardSession.Outcome.GONE) {
            saveStatus.gone();
            return;
        }
        saveStatus.saved();
        if (outcome instanceof WizardSession.Conflict conflict) {
            fieldOf(conflict.questionId()).ifPresent(field -> field.show(session.answers().get(conflict.questionId())
                    .orElse(null)));
            showOnlyShownQuestions();
            notify(getTranslation("save.conflict"), NotificationVariant.LUMO_CONTRAST);
        } else if (outcome instanceof WizardSession.Refused refused) {
            fieldOf(refused.questionId()).ifPresent(field ->
                    field.showError(refusal(refused.problem(), field.question().textLimit())));
            showOnlyShownQuestions();
        } else if (outcome instanceof WizardSession.RefusedNote refused && notes.containsKey(refused.questionId())) {
            notes.get(refused.questionId()).showError(refusal(refused.problem(), AssessmentService.NOTE_LIMIT));
        }
    }

    /** Why a text was not taken, in the user's language; the other refusals cannot come from this page's fields. */
    private String refusal(AnswerProblem problem, int textLimit) {
        return problem.kind() == AnswerProblem.Kind.TOO_LONG ? getTranslation("save.too-long", textLimit)
                : getTranslation("save.refused", problem.message());
    }

    /**
     * Polls the server while answers wait, so they are saved as soon as the database is back. Until then an answer
     * given is only queued: each try waits for the database while it holds the page.
     */
    private void startRetrying() {
        UI ui = UI.getCurrent();
        if (retry == null && ui != null) {
            ui.setPollInterval(RETRY_MILLIS);
            retry = ui.addPollListener(poll -> save());
        }
    }

    private void stopRetrying() {
        if (retry != null) {
            retry.remove();
            retry = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopRetrying();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (session != null && session.hasPending()) {
            startRetrying();
        }
    }

    private Optional<QuestionField> fieldOf(String questionId) {
        return fields.stream().filter(field -> field.question().id().equals(questionId)).findFirst();
    }

    private void showOnlyShownQuestions() {
        ShownQuestions shown = ShownQuestions.of(session.questionnaire(), session.answers());
        fields.forEach(field -> field.setVisible(shown.isShown(field.question().id())));
    }

    private void back() {
        navigateTo(stepIndex - 1);
    }

    private void noteWritten(InterviewNote note, String questionId, String text) {
        note.clearError();
        session.writeNote(questionId, text);
        if (retry == null) {
            save();
        }
    }

    private void next() {
        if (session.isInterview()) {
            if (stepIndex == session.questionnaire().steps().size() - 1) {
                if (session.save(assessments) != WizardSession.Outcome.FAILED) {
                    assessments.finish(session.assessmentId());
                }
                getUI().ifPresent(ui -> ui.navigate(ResultView.class));
            } else {
                navigateTo(stepIndex + 1);
            }
            return;
        }
        List<AnswerProblem> missing = AnswerCheck.missingRequired(session.questionnaire(), step(), session.answers());
        if (!missing.isEmpty()) {
            missing.forEach(problem -> fieldOf(problem.questionId()).ifPresent(QuestionField::markMissing));
            fieldOf(missing.get(0).questionId()).ifPresent(QuestionField::focus);
            stepError.setText(getTranslation("wizard.missing"));
            stepError.setVisible(true);
            return;
        }
        if (stepIndex == session.questionnaire().steps().size() - 1) {
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
        } else {
            navigateTo(stepIndex + 1);
        }
    }

    private void navigateTo(int index) {
        String stepId = session.questionnaire().steps().get(index).id();
        getUI().ifPresent(ui -> ui.navigate(WizardView.class, new RouteParameters("stepId", stepId)));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
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
