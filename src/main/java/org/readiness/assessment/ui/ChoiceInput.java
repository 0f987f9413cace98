package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.jspecify.annotations.Nullable;
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
final class ChoiceInput extends AnswerInput<RadioButtonGroup<String>> {

    ChoiceInput(Question question, String language, Consumer<@Nullable Answer> answered) {
        super(question, language, new RadioButtonGroup<>(question.text().in(language)), answered);
        field.setItems(values());
        field.setItemLabelGenerator(value -> isScalePoint(value) ? value
                : AnswerLabels.optionLabel(question, value, language));
        field.setRequiredIndicatorVisible(question.required());
        if (question.type() == QuestionType.SCALE) {
            // A scale reads as one row of points; "don't know" and "not applicable" go on a row of their own.
            field.addClassName("scale");
            field.setRenderer(new ComponentRenderer<>(this::scaleLabel));
        } else {
            field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
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
    private Span scaleLabel(String value) {
        if (!isScalePoint(value)) {
            Span other = new Span(AnswerLabels.optionLabel(question, value, language));
            other.addClassName("scale-other");
            return other;
        }
        Span point = new Span(value);
        point.addClassName("scale-point");
        LocalizedText end = value.equals(AnswerLabels.plain(question.min())) ? question.minLabel()
                : value.equals(AnswerLabels.plain(question.max())) ? question.maxLabel() : null;
        if (end != null) {
            Span words = new Span(" " + end.in(language));
            words.addClassName("scale-end");
            point.add(words);
        }
        return point;
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
