package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.answer.AnswerScope;

import java.util.List;
import java.util.Optional;

/**
 * A resume link: continues the assessment at the step where the user left off, in another browser or device too.
 * An unknown or deleted link gets one plain page that says nothing about other assessments.
 */
@Route(value = "resume/:token", layout = MainLayout.class)
@AnonymousAllowed
public class ResumeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final List<ResumeElsewhere> elsewhere;

    ResumeView(AssessmentService assessments, List<ResumeElsewhere> elsewhere) {
        this.assessments = assessments;
        this.elsewhere = elsewhere;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getRouteParameters().get("token").orElse("");
        Optional<ResumeToken> token = ResumeToken.parse(text);
        Optional<OpenAssessment> found = token.flatMap(assessments::resume);
        if (found.isEmpty()) {
            unknown();
            return;
        }
        OpenAssessment assessment = found.get();
        Optional<String> other = elsewhere.stream().flatMap(each -> each.locationOf(assessment, token.get()).stream())
                .findFirst();
        if (other.isPresent()) {
            event.forwardTo(other.get());
            return;
        }
        if (!assessment.scope().equals(AnswerScope.WHOLE)) {
            unknown();
            return;
        }
        WizardSession.open(assessment, token.get().value());
        Languages.switchTo(Languages.locale(assessment.language()));
        if (assessment.update() != null) {
            String message = getTranslation("wizard.questionnaire-updated", assessment.update().fromVersion(),
                    assessment.update().toVersion());
            if (!assessment.update().droppedQuestionIds().isEmpty()) {
                message += " " + getTranslation("wizard.questionnaire-updated-dropped",
                        assessment.update().droppedQuestionIds().size());
            }
            Notification.show(message, 10000, Notification.Position.TOP_CENTER);
        }
        if (assessment.isFinished()) {
            event.forwardTo(ResultView.class);
            return;
        }
        event.forwardTo(WizardView.class, new RouteParameters("stepId", WizardEntry.stepToResume(assessment)));
    }

    /** One plain page for every link that opens nothing here, so it says nothing about other assessments. */
    private void unknown() {
        removeAll();
        add(new H1(getTranslation("resume.unknown.heading")), new Paragraph(getTranslation("resume.unknown.text")),
                new Anchor("", getTranslation("resume.unknown.start")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resume.page-title");
    }
}
