package org.readiness.questionnaire.answer;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.PointRange;
import org.readiness.questionnaire.Question;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answers an action brings about: what a lift's {@code to} means for its question, the best answer a question
 * can get (an action without lifts lifts to it), and the answer once a lift is applied to the one given.
 */
public final class LiftedAnswers {

    private LiftedAnswers() {
    }

    /** A lift's target as an answer, or why the question cannot take it. */
    public record Target(@Nullable Answer answer, @Nullable String problem) {
    }

    public static Target target(Question question, Object to) {
        return switch (question.type()) {
            case SINGLE -> choice(question, to, question.options().stream().map(Option::value).toList());
            case YES_NO -> choice(question, to, List.of(Answer.YES, Answer.NO));
            case MULTIPLE -> choices(question, to);
            case SCALE, NUMBER -> number(question, to);
            case TEXT -> new Target(null, "is free text, which an action cannot lift.");
        };
    }

    private static Target choice(Question question, Object to, List<String> values) {
        if (to instanceof String value && values.contains(value)) {
            return new Target(new Answer.Choice(value), null);
        }
        return new Target(null, "has no answer " + quoted(to) + "; it can be lifted to one of " + values + ".");
    }

    private static Target choices(Question question, Object to) {
        List<?> given = to instanceof List<?> list ? list : List.of(to);
        List<String> offered = question.options().stream().filter(option -> !option.exclusive())
                .map(Option::value).toList();
        for (Object value : given) {
            if (!(value instanceof String text) || !offered.contains(text)) {
                return new Target(null, "has no option " + quoted(value) + " to tick; it can be lifted to "
                        + offered + ".");
            }
        }
        return new Target(new Answer.Choices(inFileOrder(question, given.stream().map(String::valueOf).toList())),
                null);
    }

    private static Target number(Question question, Object to) {
        if (!(to instanceof Number)) {
            return new Target(null, "takes a number, not " + quoted(to) + ".");
        }
        BigDecimal value = new BigDecimal(to.toString());
        double plain = value.doubleValue();
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (question.min() != null && plain < question.min() || question.max() != null && plain > question.max()
                || question.type() == org.readiness.questionnaire.QuestionType.SCALE && !whole) {
            return new Target(null, "takes " + (whole ? "" : "whole ") + "numbers from " + question.min() + " to "
                    + question.max() + ", not " + value.toPlainString() + ".");
        }
        return new Target(new Answer.Number(value), null);
    }

    /** The answer that earns a scored question its most points; none for a question that scores nothing. */
    public static Optional<Answer> best(Question question) {
        if (!question.isScored()) {
            return Optional.empty();
        }
        return switch (question.type()) {
            case SINGLE -> Optional.of(firstWithMostPoints(question));
            case YES_NO -> Optional.of(new Answer.Choice(question.points().yes() >= question.points().no()
                    ? Answer.YES : Answer.NO));
            case MULTIPLE -> Optional.of(new Answer.Choices(question.options().stream()
                    .filter(option -> !option.exclusive() && option.points() > 0).map(Option::value).toList()));
            case SCALE -> Optional.of(new Answer.Number(BigDecimal.valueOf(question.max().longValue())));
            case NUMBER -> question.ranges().stream().max(Comparator.comparingDouble(PointRange::points))
                    .map(range -> new Answer.Number(BigDecimal.valueOf(range.min())));
            case TEXT -> Optional.empty();
        };
    }

    private static Answer firstWithMostPoints(Question question) {
        Option best = question.options().get(0);
        for (Option option : question.options()) {
            if (option.points() > best.points()) {
                best = option;
            }
        }
        return new Answer.Choice(best.value());
    }

    /**
     * The answer once lifted: the target, except that a multiple choice keeps what was ticked besides (an exclusive
     * option such as "none" goes).
     */
    public static Answer applied(Question question, @Nullable Answer given, Answer target) {
        if (!(target instanceof Answer.Choices lifted) || !(given instanceof Answer.Choices ticked)) {
            return target;
        }
        Set<String> union = new LinkedHashSet<>();
        ticked.values().stream().filter(value -> question.option(value).map(option -> !option.exclusive())
                .orElse(false)).forEach(union::add);
        union.addAll(lifted.values());
        return new Answer.Choices(inFileOrder(question, List.copyOf(union)));
    }

    private static List<String> inFileOrder(Question question, List<String> values) {
        return question.options().stream().map(Option::value).filter(values::contains).toList();
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
