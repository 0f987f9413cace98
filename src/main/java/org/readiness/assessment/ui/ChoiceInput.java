package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.options.Choice;
import org.readiness.base.ui.options.SingleOptionGroup;
import org.readiness.questionnaire.LocalizedText;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.answer.Answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** One choice among options, yes/no or the points of a scale, with "don't know" and "not applicable" where offered. */
final class ChoiceInput extends AnswerInput<SingleOptionGroup> {

    ChoiceInput(Question question, String language, Consumer<@Nullable Answer> answered) {
        super(question, language, new SingleOptionGroup(question.text().in(language)), answered);
        field.setOptions(values().stream().map(this::option).toList());
        field.setRequiredIndicatorVisible(question.required());
        // A scale reads as one row of points; "don't know" and "not applicable" go on a row of their own.
        field.addClassName(question.type() == QuestionType.SCALE ? "scale" : "vertical");
        field.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                answered(toAnswer(event.getValue()));
            }
        });
    }

    private List<String> values() {
        List<String> values = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> values.addAll(List.of(Answer.YES, Answer.NO));
            case SCALE -> IntStream.rangeClosed(question.min().intValue(), question.max().intValue())
                    .forEach(value -> values.add(String.valueOf(value)));
            default -> question.options().forEach(option -> values.add(option.value()));
        }
        if (question.offersDontKnow()) {
            values.add(Answer.DONT_KNOW);
        }
        if (question.allowNotApplicable()) {
            values.add(Answer.NOT_APPLICABLE);
        }
        return values;
    }

    /** A point of a scale by its number, the two ends with their words under them ("1", "Hardly at all"). */
    private Choice option(String value) {
        if (!isScalePoint(value)) {
            return new Choice(value, AnswerLabels.optionLabel(question, value, language), null,
                    question.type() == QuestionType.SCALE);
        }
        LocalizedText end = value.equals(AnswerLabels.plain(question.min())) ? question.minLabel()
                : value.equals(AnswerLabels.plain(question.max())) ? question.maxLabel() : null;
        return new Choice(value, value, end == null ? "" : end.in(language), false);
    }

    private boolean isScalePoint(String value) {
        return question.type() == QuestionType.SCALE && Character.isDigit(value.charAt(0));
    }

    private Answer toAnswer(String value) {
        return isScalePoint(value) ? Answer.number(new BigDecimal(value)) : Answer.choice(value);
    }

    @Override
    protected void display(Answer answer) {
        field.setValue(String.valueOf(answer.plain()));
    }
}
