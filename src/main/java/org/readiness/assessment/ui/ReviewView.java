package org.readiness.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.questionnaire.Step;

import java.util.Optional;

/** Every answer, grouped by step, each group with a link back to change it. */
@Route(value = "assessment/review", layout = MainLayout.class)
@AnonymousAllowed
public class ReviewView extends SessionPage implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final AnswerService answers;

    ReviewView(AssessmentService assessments, AnswerService answers) {
        this.assessments = assessments;
        this.answers = answers;
        addClassName("review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (session != null && session.isReadOnly()) {
            event.forwardTo(ResultView.class);
        }
    }

    @Override
    protected void render(String language) {
        removeAll();
        H1 heading = new H1(getTranslation("review.heading"));
        add(heading, new Paragraph(getTranslation("review.intro")));
        ShownQuestions shown = ShownQuestions.of(session.questionnaire(), session.answers());
        for (Step step : session.questionnaire().steps()) {
            Section group = new Section();
            group.addClassName("review-step");
            String title = step.title().in(language);
            RouterLink edit = new RouterLink(getTranslation("review.edit"), WizardView.class,
                    new RouteParameters("stepId", step.id()));
            edit.setQueryParameters(QueryParameters.of(WizardView.FROM, WizardView.REVIEW));
            edit.getElement().setAttribute("aria-label", getTranslation("review.edit-step", title));
            Div header = new Div(new H2(title), edit);
            header.addClassName("review-step-header");
            group.add(header);
            group.add(answers(shown, step, language));
            add(group);
        }
        Paragraph problem = new Paragraph();
        problem.addClassName("page-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button result = new Button(getTranslation("review.show-result"), click -> showResult(problem));
        result.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.addClassName("show-result");
        add(problem, result);
        PageTop.show(heading);
    }

    /** A step's questions and answers: text the reader does not change here, so one element of markup. */
    private com.vaadin.flow.component.Html answers(ShownQuestions shown, Step step, String language) {
        Markup list = new Markup().open("dl", null);
        for (Question question : shown.in(step)) {
            Optional<String> answer = session.answers().get(question.id())
                    .map(given -> AnswerLabels.of(question, given, language));
            list.element("dt", null, question.text().in(language)).open("dd", null)
                    .element("span", answer.isEmpty() ? "not-answered" : null,
                            answer.orElse(getTranslation("review.not-answered")))
                    .close("dd");
        }
        return list.close("dl").toComponent();
    }

    /**
     * The result needs every required answer (a gap sends the user to the step that has it) and a database that takes
     * them: without one, the answers stay here and the page says so.
     */
    private void showResult(Paragraph problem) {
        for (Step step : session.questionnaire().steps()) {
            if (!AnswerCheck.missingRequired(session.questionnaire(), step, session.answers()).isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(WizardView.class, new RouteParameters("stepId", step.id())));
                return;
            }
        }
        Optional<DatabaseTrouble> trouble = Finishing.finish(session, answers, assessments);
        if (trouble.isPresent()) {
            problem.setText(getTranslation(trouble.get() == DatabaseTrouble.UNREACHABLE ? "review.unavailable"
                    : "review.refused"));
            problem.setVisible(true);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ResultView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title");
    }
}
