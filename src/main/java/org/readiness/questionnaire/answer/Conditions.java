package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Decides whether a {@link Condition} holds for a set of answers. Hidden questions must already be left out. */
public final class Conditions {

    private Conditions() {
    }

    public static boolean hold(Condition condition, Questionnaire questionnaire, Answers answers) {
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(each -> hold(each, questionnaire, answers));
        } else if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(each -> hold(each, questionnaire, answers));
        } else if (condition instanceof Condition.Not not) {
            return !hold(not.condition(), questionnaire, answers);
        }
        Condition.Test test = (Condition.Test) condition;
        Optional<Answer> answer = answers.get(test.question());
        if (test.operator() == Condition.Operator.ANSWERED) {
            return answer.isPresent() == Boolean.TRUE.equals(test.value());
        }
        return answer.isPresent() && matches(test, answer.get(), questionnaire.question(test.question()).orElseThrow());
    }

    private static boolean matches(Condition.Test test, Answer answer, Question question) {
        Object expected = test.value();
        return switch (test.operator()) {
            case EQUALS -> equals(answer, expected);
            case IN -> expected instanceof List<?> values && values.stream().anyMatch(value -> equals(answer, value));
            case AT_LEAST -> compare(answer, expected, question).map(order -> order >= 0).orElse(false);
            case AT_MOST -> compare(answer, expected, question).map(order -> order <= 0).orElse(false);
            case ANSWERED -> true;
        };
    }

    private static boolean equals(Answer answer, Object expected) {
        if (answer instanceof Answer.Choices choices) {
            return choices.values().contains(String.valueOf(expected));
        }
        if (answer instanceof Answer.Number number) {
            return toNumber(expected).map(value -> value.compareTo(number.value()) == 0).orElse(false);
        }
        return String.valueOf(answer.plain()).equals(String.valueOf(expected));
    }

    /** Orders the answer against the expected value: by option order, by number, or by how many were chosen. */
    private static Optional<Integer> compare(Answer answer, Object expected, Question question) {
        if (answer instanceof Answer.Choice choice) {
            int given = ordinal(question, choice.value());
            int wanted = ordinal(question, String.valueOf(expected));
            return given < 0 || wanted < 0 ? Optional.empty() : Optional.of(Integer.compare(given, wanted));
        }
        if (answer instanceof Answer.Number number) {
            return toNumber(expected).map(value -> number.value().compareTo(value));
        }
        if (answer instanceof Answer.Choices choices) {
            return toNumber(expected).map(value -> BigDecimal.valueOf(choices.values().size()).compareTo(value));
        }
        return Optional.empty();
    }

    private static int ordinal(Question question, String value) {
        if (question.type() == QuestionType.YES_NO) {
            return List.of(Answer.NO, Answer.YES).indexOf(value);
        }
        return question.optionIndex(value);
    }

    private static Optional<BigDecimal> toNumber(Object value) {
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        try {
            return Optional.of(new BigDecimal(String.valueOf(value)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
