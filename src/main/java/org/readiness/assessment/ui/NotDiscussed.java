package org.readiness.assessment.ui;

import org.readiness.questionnaire.answer.ShownQuestions;

/** The questions of an interview that are asked for the answers so far but have no answer yet. */
final class NotDiscussed {

    private NotDiscussed() {
    }

    static long count(WizardSession session) {
        ShownQuestions shown = ShownQuestions.of(session.questionnaire(), session.answers());
        return session.questionnaire().steps().stream().flatMap(step -> shown.in(step).stream())
                .filter(question -> !session.answers().has(question.id()))
                .count();
    }
}
