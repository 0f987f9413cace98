package org.readiness.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.answer.Answer;

/**
 * One question on screen: the input that fits its type, labelled by the question, with its help text. Fires
 * {@link AnswerChanged} when the user answers; a cleared or invalid input fires no answer.
 */
class QuestionField extends Composite<Div> {

    private final Question question;
    private final AnswerInput<?> input;

    QuestionField(Question question, String language) {
        this.question = question;
        getContent().addClassName("question");
        getContent().getElement().setAttribute("data-question", question.id());
        input = switch (question.type()) {
            case MULTIPLE -> new ChoicesInput(question, language, this::fire);
            case NUMBER -> new NumberInput(question, language, this::fire);
            case TEXT -> new TextInput(question, language, this::fire, () -> fireEvent(new AnswerRefused(this)));
            default -> new ChoiceInput(question, language, this::fire);
        };
        String helperText = helperText(language);
        if (!helperText.isEmpty() && question.type() != QuestionType.TEXT) {
            input.field.setHelperText(helperText);
        }
        input.components().forEach(getContent()::add);
    }

    Question question() {
        return question;
    }

    /** The question's help; a scale's end words are in the labels of its end points. */
    private String helperText(String language) {
        return question.help() == null ? "" : question.help().in(language);
    }

    /** Shows a stored answer without firing an event. */
    void show(@Nullable Answer answer) {
        input.show(answer);
    }

    void markMissing() {
        input.showError(getTranslation("wizard.required"));
    }

    void showError(String message) {
        input.showError(message);
    }

    /** Brings the question into view and puts the focus on its answer (the chosen option, else the first). */
    void focus() {
        getElement().executeJs("this.scrollIntoView({block: 'center'});"
                + "const input = this.querySelector('input:checked') || this.querySelector('input, textarea');"
                + "if (input) input.focus({preventScroll: true});");
    }

    private void fire(@Nullable Answer answer) {
        fireEvent(new AnswerChanged(this, answer));
    }

    Registration addAnswerChangedListener(ComponentEventListener<AnswerChanged> listener) {
        return addListener(AnswerChanged.class, listener);
    }

    Registration addAnswerRefusedListener(ComponentEventListener<AnswerRefused> listener) {
        return addListener(AnswerRefused.class, listener);
    }

    /** The user's answer was refused at the field (the field says why and shows what it held before). */
    static final class AnswerRefused extends ComponentEvent<QuestionField> {

        AnswerRefused(QuestionField source) {
            super(source, true);
        }
    }

    /** The user answered (or, with a null answer, cleared) the question. */
    static final class AnswerChanged extends ComponentEvent<QuestionField> {

        private final @Nullable Answer answer;

        AnswerChanged(QuestionField source, @Nullable Answer answer) {
            super(source, true);
            this.answer = answer;
        }

        @Nullable Answer answer() {
            return answer;
        }
    }
}
