package org.readiness.assessment.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Back, Next (or the last step's own words) and, when the step was opened from the review, "Back to review". */
final class StepButtons extends Div {

    /** What each button does. */
    record Moves(Runnable back, Runnable next, Runnable toReview) {
    }

    private final WizardSession session;
    private final Button back;
    private final Button next;
    private final Button toReview;

    StepButtons(WizardSession session, Moves moves) {
        this.session = session;
        addClassName("wizard-buttons");
        back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> once(click, moves.back()));
        next = new Button(getTranslation("wizard.next"), VaadinIcon.ARROW_RIGHT.create(),
                click -> once(click, moves.next()));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-button");
        toReview = new Button(getTranslation("wizard.back-to-review"), click -> once(click, moves.toReview()));
        toReview.addClassName("back-to-review");
        add(back, next, toReview);
    }

    /** The buttons as a step shows them; the same buttons serve every step of the page. */
    void showFor(boolean firstStep, boolean lastStep, boolean fromReview) {
        back.setEnabled(!firstStep);
        next.setText(getTranslation(lastStep ? lastStepLabel(session) : "wizard.next"));
        toReview.setVisible(fromReview && !session.isInterview());
    }

    private static String lastStepLabel(WizardSession session) {
        if (session.isInterview()) {
            return "interview.finish";
        }
        return session.journey().map(Journey::finishLabelKey).orElse("wizard.to-review");
    }

    /**
     * The second and third click of a fast double or triple click land where the first one's step was, which may
     * be the next step's button by then: only the first moves.
     */
    private static void once(ClickEvent<Button> click, Runnable move) {
        if (click.getClickCount() <= 1) {
            move.run();
        }
    }
}
