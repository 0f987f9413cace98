package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.questionnaire.Question;

/** An answer in the user's language, with the app's words for yes, no, don't know and not applicable. */
final class AnswerLabels {

    private AnswerLabels() {
    }

    static String of(Component ui, Question question, Answer answer, String language) {
        return AnswerWords.of(question, answer, language, key -> word(ui, key));
    }

    static String optionLabel(Component ui, Question question, String value, String language) {
        return AnswerWords.option(question, value, language, key -> word(ui, key));
    }

    private static String word(Component ui, String key) {
        return ui.getTranslation("wizard." + key);
    }

    static String plain(double number) {
        return AnswerWords.plain(number);
    }
}
