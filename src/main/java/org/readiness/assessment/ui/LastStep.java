package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What Next does on the last step: a merchant goes to the review; an interview is finished (asking first when
 * questions were not discussed); another feature's journey sends its answers and goes where the journey says.
 */
final class LastStep {

    private final WizardSession session;
    private final AnswerService answers;
    private final AssessmentService assessments;
    private final Component page;
    private final Consumer<String> problem;

    /** {@code problem} shows a translation key's words on the page when finishing cannot be done now. */
    LastStep(WizardSession session, AnswerService answers, AssessmentService assessments, Component page,
             Consumer<String> problem) {
        this.session = session;
        this.answers = answers;
        this.assessments = assessments;
        this.page = page;
        this.problem = problem;
    }

    void next() {
        if (session.isInterview()) {
            finishInterview();
        } else if (session.journey().isPresent()) {
            String location = session.journey().get().afterFinish();
            finish(ui -> ui.navigate(location), "journey.unavailable", "journey.refused");
        } else {
            page.getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
        }
    }

    /** Finishing with questions not discussed is the consultant's decision: the page asks first. */
    private void finishInterview() {
        long notDiscussed = NotDiscussed.count(session);
        if (notDiscussed == 0) {
            finishInterviewNow();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(notDiscussed == 1 ? page.getTranslation("interview.finish.confirm.one")
                : page.getTranslation("interview.finish.confirm.many", notDiscussed));
        dialog.setText(page.getTranslation("interview.finish.confirm.text"));
        dialog.setConfirmText(page.getTranslation("interview.finish.confirm.finish"));
        dialog.addConfirmListener(confirmed -> finishInterviewNow());
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("interview.finish.confirm.cancel"));
        dialog.open();
    }

    private void finishInterviewNow() {
        finish(ui -> ui.navigate(ResultView.class), "review.unavailable", "review.refused");
    }

    /** The answers go only once every one of them is stored; while the database is away they wait on the page. */
    private void finish(Consumer<UI> then, String unreachableKey, String refusedKey) {
        Optional<DatabaseTrouble> trouble = Finishing.finish(session, answers, assessments);
        if (trouble.isPresent()) {
            problem.accept(trouble.get() == DatabaseTrouble.UNREACHABLE ? unreachableKey : refusedKey);
            return;
        }
        page.getUI().ifPresent(then);
    }
}
