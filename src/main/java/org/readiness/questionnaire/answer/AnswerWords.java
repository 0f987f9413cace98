package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.words.Words;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * An answer in the words of one language: option labels from the file, numbers as that language writes them, and
 * the app's own words for yes, no, don't know and not applicable ({@code wizard.yes}, ...) and for a point of a
 * scale ("3 of 5"), so the screen and the score card say the same.
 */
public final class AnswerWords {

    private AnswerWords() {
    }

    public static String of(Question question, Answer answer, Words words) {
        if (answer instanceof Answer.Choices choices) {
            return choices.values().stream().map(value -> option(question, value, words))
                    .collect(Collectors.joining(", "));
        }
        if (answer instanceof Answer.Number number && question.type() == QuestionType.SCALE) {
            // "3 of 5": a point of a scale says which scale it is on.
            return words.get("wizard.scale-value", words.number(number.value()), words.number(question.max()));
        }
        if (answer instanceof Answer.Number number) {
            return words.number(number.value());
        }
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        return option(question, String.valueOf(answer.plain()), words);
    }

    public static String option(Question question, String value, Words words) {
        if (Answer.DONT_KNOW.equals(value) || Answer.NOT_APPLICABLE.equals(value)) {
            return words.get("wizard." + value);
        }
        if (question.type() == QuestionType.YES_NO) {
            return words.get("wizard." + (Answer.YES.equals(value) ? Answer.YES : Answer.NO));
        }
        return question.option(value).map(option -> option.label().in(words.language())).orElse(value);
    }

    /** A number as the files and the API write it, "2.5": an option's value, not a text for people. */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    public static String plain(double number) {
        return plain(BigDecimal.valueOf(number));
    }
}
