package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/** A number within the question's range, and "don't know" beside it where offered. */
final class NumberInput extends AnswerInput<NumberField> {

    private final Checkbox dontKnow;

    NumberInput(Question question, String language, Consumer<@Nullable Answer> answered) {
        super(question, language, new NumberField(question.text().in(language)), answered);
        dontKnow = new Checkbox(translate("wizard.dont-know"));
        if (question.min() != null) {
            field.setMin(question.min());
        }
        if (question.max() != null) {
            field.setMax(question.max());
        }
        field.setRequiredIndicatorVisible(question.required());
        if (question.unit() != null) {
            field.setSuffixComponent(new Span(question.unit().in(language)));
        }
        field.addValueChangeListener(event -> {
            Double value = event.getValue();
            if (isShowing() || value == null) {
                return;
            }
            if (outOfRange(value)) {
                showError(translate("wizard.number-invalid", question.min(), question.max()));
                return;
            }
            quietly(() -> dontKnow.setValue(false));
            answered(Answer.number(BigDecimal.valueOf(value)));
        });
        dontKnow.addValueChangeListener(event -> {
            if (!isShowing() && event.getValue()) {
                quietly(field::clear);
                answered(Answer.dontKnow());
            }
        });
    }

    private boolean outOfRange(double value) {
        return question.min() != null && value < question.min() || question.max() != null && value > question.max();
    }

    @Override
    List<Component> components() {
        return question.offersDontKnow() ? List.of(field, dontKnow) : List.of(field);
    }

    @Override
    protected void display(Answer answer) {
        if (answer instanceof Answer.Number number) {
            field.setValue(number.value().doubleValue());
        } else {
            dontKnow.setValue(answer instanceof Answer.DontKnow);
        }
    }
}
