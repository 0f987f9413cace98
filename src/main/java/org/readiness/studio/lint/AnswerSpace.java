package org.readiness.studio.lint;

import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answers worth trying for each question when asking whether a condition can ever hold: every option (every
 * combination for a choice of up to twelve), every point of a scale, the numbers around each one the conditions
 * name, "don't know" and "not applicable" where offered, and no answer (empty).
 */
public final class AnswerSpace {

    private static final int MAX_OPTIONS_FOR_EVERY_COMBINATION = 12;

    private final Questionnaire questionnaire;

    public AnswerSpace(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The candidates, each an answer or empty for "not answered". */
    public List<Optional<Answer>> of(Question question) {
        List<Optional<Answer>> answers = new ArrayList<>();
        answers.add(Optional.empty());
        switch (question.type()) {
            case SINGLE -> question.options().forEach(option -> answers.add(Optional.of(new Answer.Choice(option.value()))));
            case YES_NO -> List.of(Answer.YES, Answer.NO).forEach(value -> answers.add(Optional.of(new Answer.Choice(value))));
            case MULTIPLE -> combinations(question).forEach(values -> answers.add(Optional.of(new Answer.Choices(values))));
            case SCALE -> {
                for (long value = Math.round(question.min()); value <= Math.round(question.max()); value++) {
                    answers.add(Optional.of(new Answer.Number(BigDecimal.valueOf(value))));
                }
            }
            case NUMBER -> numbers(question).forEach(value -> answers.add(Optional.of(new Answer.Number(value))));
            case TEXT -> answers.add(Optional.of(new Answer.Text("text")));
        }
        if (question.offersDontKnow()) {
            answers.add(Optional.of(new Answer.DontKnow()));
        }
        if (question.allowNotApplicable()) {
            answers.add(Optional.of(new Answer.NotApplicable()));
        }
        return answers;
    }

    private static List<List<String>> combinations(Question question) {
        List<Option> plain = question.options().stream().filter(option -> !option.exclusive()).toList();
        List<List<String>> all = new ArrayList<>();
        question.options().stream().filter(Option::exclusive).forEach(option -> all.add(List.of(option.value())));
        if (plain.size() <= MAX_OPTIONS_FOR_EVERY_COMBINATION) {
            for (int mask = 1; mask < 1 << plain.size(); mask++) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < plain.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        chosen.add(plain.get(i).value());
                    }
                }
                all.add(chosen);
            }
        } else {
            for (int size = 1; size <= plain.size(); size++) {
                all.add(plain.subList(0, size).stream().map(Option::value).toList());
            }
            plain.forEach(option -> all.add(List.of(option.value())));
        }
        return all;
    }

    /** The numbers the conditions name for this question, and one either side, within its limits. */
    private List<BigDecimal> numbers(Question question) {
        Set<BigDecimal> values = new LinkedHashSet<>();
        values.add(BigDecimal.ZERO);
        for (Condition condition : conditions()) {
            for (Condition.Located<Condition.Test> test : condition.tests()) {
                if (test.value().question().equals(question.id())) {
                    constants(test.value().value()).forEach(constant -> {
                        values.add(constant.subtract(BigDecimal.ONE));
                        values.add(constant);
                        values.add(constant.add(BigDecimal.ONE));
                    });
                }
            }
        }
        question.ranges().forEach(range -> {
            values.add(BigDecimal.valueOf(range.min()));
            if (range.max() != null) {
                values.add(BigDecimal.valueOf(range.max()));
            }
        });
        if (question.min() != null) {
            values.add(BigDecimal.valueOf(question.min()));
        }
        if (question.max() != null) {
            values.add(BigDecimal.valueOf(question.max()));
        }
        return values.stream().filter(value -> (question.min() == null || value.doubleValue() >= question.min())
                && (question.max() == null || value.doubleValue() <= question.max())).toList();
    }

    private static List<BigDecimal> constants(Object value) {
        if (value instanceof BigDecimal number) {
            return List.of(number);
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(each -> constants(each).stream()).toList();
        }
        return List.of();
    }

    /** Every condition of the questionnaire: visibility, structure, owners and actions. */
    List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        questionnaire.questions().stream().map(Question::visibleIf).filter(java.util.Objects::nonNull).forEach(all::add);
        all.add(questionnaire.structure().smallTeamWhen());
        questionnaire.owners().stream().map(owner -> owner.when()).filter(java.util.Objects::nonNull).forEach(all::add);
        questionnaire.actions().forEach(action -> all.add(action.when()));
        return all;
    }
}
