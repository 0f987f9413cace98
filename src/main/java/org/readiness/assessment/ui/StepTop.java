package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.assessment.AnswerService;
import org.readiness.questionnaire.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * What a step's page opens with: the stepper, an interview's way back and client, the step's heading and
 * description, whose answers these are on a journey, and an interview's hint about notes.
 */
final class StepTop {

    private final List<Component> parts = new ArrayList<>();
    private final H1 heading;

    StepTop(WizardSession session, Step step, int stepIndex, String language) {
        parts.add(new StepIndicator(session.steps(), stepIndex, language, session.isInterview()));
        session.returnTo().ifPresent(returnTo -> parts.add(InterviewLines.backLink(returnTo)));
        session.clientName().ifPresent(client -> parts.add(InterviewLines.clientLine(client)));
        heading = new H1(step.title().in(language));
        heading.addClassName("step-title");
        parts.add(heading);
        if (step.description() != null) {
            parts.add(new Paragraph(step.description().in(language)));
        }
        session.journey().map(Journey::notice).ifPresent(notice -> parts.add(withClass(
                new Paragraph(notice.apply(language)), "journey-notice")));
        if (session.isInterview()) {
            Paragraph hint = new Paragraph();
            hint.setText(hint.getTranslation("interview.notes-hint", AnswerService.NOTE_LIMIT));
            parts.add(withClass(hint, "notes-hint"));
        }
    }

    private static Paragraph withClass(Paragraph paragraph, String className) {
        paragraph.addClassName(className);
        return paragraph;
    }

    Component[] parts() {
        return parts.toArray(Component[]::new);
    }

    /** The step's heading, where the page puts the focus when the step opens. */
    H1 heading() {
        return heading;
    }
}
