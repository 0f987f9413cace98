package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.result.Result;
import org.readiness.scorecard.Format;
import org.springframework.dao.DataAccessException;

import java.util.List;
import java.util.Optional;

/** The result of the session's assessment as stored: scores, chart, structure, owners, next steps and why. */
@Route(value = ResultView.LOCATION, layout = MainLayout.class)
@AnonymousAllowed
public class ResultView extends SessionPage implements HasDynamicTitle {

    static final String LOCATION = "assessment/result";

    private final AssessmentService assessments;
    private final AssessmentResults results;
    private final List<ResultAddition> additions;

    ResultView(AssessmentService assessments, AssessmentResults results, List<ResultAddition> additions) {
        this.assessments = assessments;
        this.results = results;
        this.additions = additions;
        addClassName("result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (session == null || session.isFinished()) {
            return;
        }
        // The result is for finished assessments: before that the user goes to the first question still open.
        List<Step> steps = session.questionnaire().steps();
        int open = session.firstStepMissingAnswers();
        if (open >= 0) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(open).id()));
        } else if (session.isInterview()) {
            event.forwardTo(WizardView.class, new RouteParameters("stepId", steps.get(steps.size() - 1).id()));
        } else {
            event.forwardTo(ReviewView.class);
        }
    }

    @Override
    protected void render(String language) {
        removeAll();
        H1 heading = new H1(getTranslation("result.heading"));
        session.returnTo().ifPresent(returnTo -> add(InterviewLines.backLink(returnTo)));
        add(heading);
        session.clientName().ifPresent(client -> add(InterviewLines.clientLine(client)));
        PageTop.show(heading);
        AssessmentResults.Notes notes = session.isInterview() ? AssessmentResults.Notes.INCLUDED
                : AssessmentResults.Notes.LEFT_OUT;
        Optional<AssessmentResult> found;
        try {
            found = results.of(session.assessmentId(), notes);
        } catch (DataAccessException unreachable) {
            add(unavailable(language));
            return;
        }
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("save.gone")));
            return;
        }
        Result result = results.describe(found.get(), language);
        ScoreCardSection scoreCard = new ScoreCardSection(found.get(), notes, session.token().orElse(null),
                assessments, results, language);
        Anchor pdf = scoreCard.link(Format.PDF, getTranslation("result.summary.download"));
        add(new SummarySection(result, pdf), new ScoreSection(result), StructureSection.of(result.recommended(), result.words()),
                new ActionsSection(result.recommended()), new WhySection(result), scoreCard);
        scoreCard.nameLinksIn(this);
        session.token().ifPresent(token -> add(new ResumeLinkBox(token)));
        additions.forEach(addition -> addition.create(session.assessmentId(), session.token(), session.isInterview())
                .ifPresent(this::add));
        Questionnaire questionnaire = result.questionnaire();
        Paragraph finePrint = new Paragraph(getTranslation("result.fine-print",
                questionnaire.title().in(questionnaire.languageFor(language)), questionnaire.version()));
        finePrint.addClassName("fine-print");
        add(buttons(), finePrint);
    }

    /** The database cannot be reached: the answers are kept, and the result can be asked for again. */
    private Component unavailable(String language) {
        Paragraph message = new Paragraph(getTranslation("result.unavailable"));
        message.getElement().setAttribute("role", "alert");
        Button retry = new Button(getTranslation("result.unavailable.retry"), click -> render(language));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(message, retry);
    }

    private Component buttons() {
        Button startOver = new Button(getTranslation("result.start-over"), click -> {
            WizardSession.close();
            getUI().ifPresent(ui -> ui.navigate(StartView.class));
        });
        Button delete = new Button(getTranslation("result.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("delete-assessment");
        Div buttons = new Div(startOver, delete);
        delete.setVisible(!session.isInterview());
        // An interview's way back is at the top of the page.
        session.returnTo().ifPresent(returnTo -> startOver.setVisible(false));
        buttons.addClassName("result-buttons");
        return buttons;
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("result.delete.confirm.title"),
                getTranslation("result.delete.confirm.text"), getTranslation("result.delete.confirm.delete"),
                confirmed -> {
                    assessments.delete(session.assessmentId());
                    WizardSession.close();
                    Notification.show(getTranslation("result.deleted"), 5000, Notification.Position.TOP_CENTER);
                    getUI().ifPresent(ui -> ui.navigate(StartView.class));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("result.delete.confirm.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.page-title");
    }
}
