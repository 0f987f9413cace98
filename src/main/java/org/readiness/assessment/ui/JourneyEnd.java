package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.SaveResult;
import org.readiness.questionnaire.answer.AnswerProblem;

import java.util.List;

/**
 * Sent is sent: once a journey's feature closes the answers (a team's respondent sent them, or the team is locked),
 * a step opened by Back, a reload, a second tab or an address typed in, and a click in a page opened before, all
 * lead to where the journey ends, which says what happened; nothing changes the answers.
 */
final class JourneyEnd {

    private JourneyEnd() {
    }

    /** Whether a journey's step should not open: its feature has closed the answers. */
    static boolean closed(WizardSession session, AnswerService answers) {
        return session.journey().isPresent() && answers.closed(session.assessmentId()).isPresent();
    }

    /**
     * Whether a save was refused because the answers are closed; if so the page goes where the journey ends, and
     * there is nothing to show at the fields.
     */
    static boolean reached(WizardSession session, List<PageAnswers.Reply> replies, Component page) {
        boolean closed = replies.stream().anyMatch(reply -> reply.result() instanceof SaveResult.Refused refused
                && (refused.problem().kind() == AnswerProblem.Kind.SENT
                || refused.problem().kind() == AnswerProblem.Kind.LOCKED));
        if (closed && session.journey().isPresent()) {
            page.getUI().ifPresent(ui -> ui.navigate(session.journey().get().afterFinish()));
            return true;
        }
        return false;
    }
}
