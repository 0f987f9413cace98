package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An answer in words of one language: option labels from the file, numbers as written, and the app's own words for
 * yes, no, don't know and not applicable, which the caller supplies (by the keys "yes", "no", "dont-know",
 * "not-applicable", and "scale-value", a pattern such as "{0} of {1}" for a point of a scale), so the screen and the
 * score card say the same.
 */
public final class AnswerWords {

    private AnswerWords() {
    }

    public static String of(Question question, Answer answer, String language, Function<String, String> words) {
        if (answer instanceof Answer.Choices choices) {
            return choices.values().stream().map(value -> option(question, value, language, words))
                    .collect(Collectors.joining(", "));
        }
        if (answer instanceof Answer.Number number && question.type() == QuestionType.SCALE) {
            // "3 of 5": a point of a scale says which scale it is on.
            return words.apply("scale-value").replace("{0}", plain(number.value()))
                    .replace("{1}", plain(question.max()));
        }
        if (answer instanceof Answer.Number number) {
            return plain(number.value());
        }
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        return option(question, String.valueOf(answer.plain()), language, words);
    }

    public static String option(Question question, String value, String language, Function<String, String> words) {
        if (Answer.DONT_KNOW.equals(value) || Answer.NOT_APPLICABLE.equals(value)) {
            return words.apply(value);
        }
        if (question.type() == QuestionType.YES_NO) {
            return words.apply(Answer.YES.equals(value) ? Answer.YES : Answer.NO);
        }
        return question.option(value).map(option -> option.label().in(language)).orElse(value);
    }

    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    public static String plain(double number) {
        return plain(BigDecimal.valueOf(number));
    }
}
