package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;

import java.util.List;
import java.util.function.Consumer;

/**
 * The input of one question type around its field, which is labelled by the question and shows its errors. It
 * reports what the user answers (null: cleared); showing a stored answer reports nothing, so nothing typed is ever
 * replaced by a guess.
 */
abstract class AnswerInput<F extends Component & HasValidation & HasValue<?, ?> & HasHelper> {

    protected final Question question;
    protected final String language;
    protected final F field;
    private final Consumer<@Nullable Answer> answered;
    private boolean showing;

    AnswerInput(Question question, String language, F field, Consumer<@Nullable Answer> answered) {
        this.question = question;
        this.language = language;
        this.field = field;
        this.answered = answered;
    }

    /** Everything the input puts on the page, its field first. */
    List<Component> components() {
        return List.of(field);
    }

    /** Shows a stored answer in the field. */
    protected abstract void display(Answer answer);

    final void show(@Nullable Answer answer) {
        quietly(() -> {
            if (answer == null) {
                field.clear();
            } else {
                display(answer);
            }
        });
    }

    /** Reports the user's answer, unless the input is only showing a stored one. */
    protected final void answered(@Nullable Answer answer) {
        if (!showing) {
            field.setInvalid(false);
            answered.accept(answer);
        }
    }

    protected final boolean isShowing() {
        return showing;
    }

    /** Runs a change of the input's own making without reporting it. */
    protected final void quietly(Runnable change) {
        boolean was = showing;
        showing = true;
        try {
            change.run();
        } finally {
            showing = was;
        }
    }

    final void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    protected final String translate(String key, Object... parameters) {
        return field.getTranslation(key, parameters);
    }
}
