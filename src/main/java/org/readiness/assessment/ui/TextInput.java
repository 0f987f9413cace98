package org.readiness.assessment.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;

import java.util.function.Consumer;

/** Free text up to the question's limit, with a counter under it. */
final class TextInput extends AnswerInput<TextArea> {

    TextInput(Question question, String language, Consumer<@Nullable Answer> answered) {
        super(question, language, new TextArea(question.text().in(language)), answered);
        // No maxlength: the browser would cut a paste over the limit in silence; the field says so instead.
        // Sent when the typing pauses or the field is left (see ChangeTracker).
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setRequiredIndicatorVisible(question.required());
        showCount();
        field.addValueChangeListener(event -> {
            showCount();
            String value = event.getValue();
            int length = value.codePointCount(0, value.length());
            if (length > question.textLimit() && !isShowing()) {
                showError(translate("wizard.text-too-long", length, question.textLimit()));
                return;
            }
            answered(value.isBlank() ? null : Answer.text(value));
        });
    }

    private void showCount() {
        String help = question.help() == null ? "" : question.help().in(language) + " ";
        String value = field.getValue();
        field.setHelperText(help + translate("wizard.text-counter", value.codePointCount(0, value.length()),
                question.textLimit()));
    }

    @Override
    protected void display(Answer answer) {
        field.setValue(String.valueOf(answer.plain()));
    }
}
