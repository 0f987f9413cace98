package org.readiness.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.springframework.dao.DataAccessException;

import java.util.Optional;

/**
 * A step page opened before its assessment was finished (or a team respondent's answers sent) in another tab or on
 * another device: its answers on the page are old, so it must not ask for answers the assessment no longer needs.
 * It says that the assessment is finished and leads to the result (a team respondent to where their journey ends).
 */
final class FinishedElsewhere {

    private FinishedElsewhere() {
    }

    /**
     * Whether the assessment was finished elsewhere since this session opened it. The session then holds it as
     * finished; a merchant's session is opened again on the stored answers, so that the result and any step opened
     * from it show them, not the page's old ones. False when this session finished it itself, it is open, or the
     * database cannot say (or has answers of this session still waiting for it).
     */
    static boolean check(WizardSession session, AssessmentService assessments) {
        // Answers waiting for the database mean it is away: asking it would hold up every step until it answers.
        if (session.isFinished() || session.page().hasPending()) {
            return false;
        }
        try {
            if (!assessments.isFinished(session.assessmentId())) {
                return false;
            }
            Optional<OpenAssessment> finished = assessments.open(session.assessmentId())
                    .filter(OpenAssessment::isFinished);
            finished.ifPresent(stored -> {
                session.finished();
                if (!session.isInterview() && session.journey().isEmpty()) {
                    WizardSession.open(stored, session.token().orElse(null));
                }
            });
            return finished.isPresent();
        } catch (DataAccessException unreachable) {
            // The page goes on as it is; its next save tells the user about the database.
            return false;
        }
    }

    /** Where the user sees what became of the assessment: the result, or the end of a feature's journey. */
    static String location(WizardSession session) {
        return session.journey().map(Journey::afterFinish).orElse(ResultView.LOCATION);
    }

    /** What the page shows in place of the step: that the assessment is finished, and the way to its result. */
    static Div notice(WizardSession session) {
        Div notice = new Div();
        notice.addClassName("finished-elsewhere");
        Paragraph text = new Paragraph(notice.getTranslation("wizard.finished-elsewhere"));
        text.addClassName("finished-elsewhere-text");
        text.getElement().setAttribute("role", "status");
        Button result = new Button(notice.getTranslation("wizard.finished-elsewhere.result"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(location(session))));
        result.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notice.add(text, result);
        return notice;
    }
}
