package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import org.readiness.questionnaire.Answer;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** An answer as words in the user's language: option labels, numbers, "Don't know". */
final class AnswerLabels {

    private AnswerLabels() {
    }

    static String of(Component ui, Question question, Answer answer, String language) {
        if (answer instanceof Answer.DontKnow) {
            return ui.getTranslation("wizard.dont-know");
        }
        if (answer instanceof Answer.NotApplicable) {
            return ui.getTranslation("wizard.not-applicable");
        }
        if (answer instanceof Answer.Choice choice) {
            return optionLabel(ui, question, choice.value(), language);
        }
        if (answer instanceof Answer.Choices choices) {
            return choices.values().stream().map(value -> optionLabel(ui, question, value, language))
                    .collect(Collectors.joining(", "));
        }
        if (answer instanceof Answer.Number number) {
            return plain(number.value());
        }
        return ((Answer.Text) answer).value();
    }

    static String optionLabel(Component ui, Question question, String value, String language) {
        if (Answer.DONT_KNOW.equals(value)) {
            return ui.getTranslation("wizard.dont-know");
        }
        if (Answer.NOT_APPLICABLE.equals(value)) {
            return ui.getTranslation("wizard.not-applicable");
        }
        if (question.type() == QuestionType.YES_NO) {
            return ui.getTranslation(Answer.YES.equals(value) ? "wizard.yes" : "wizard.no");
        }
        return question.option(value).map(option -> option.label().in(language)).orElse(value);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static String plain(double number) {
        return plain(BigDecimal.valueOf(number));
    }
}
