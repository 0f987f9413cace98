package org.readiness.assessment.ui;

import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;

import java.util.function.Consumer;

/**
 * Free text up to the question's limit, with a counter under it. A text over the limit is refused with a message; the
 * page keeps every character of it, to be shortened, and the server none ({@link LimitedTextArea}).
 */
final class TextInput extends AnswerInput<LimitedTextArea> {

    TextInput(Question question, String language, Consumer<@Nullable Answer> answered, Runnable refused) {
        super(question, language, new LimitedTextArea(question.text().in(language)), answered);
        // The browser takes twice the limit (in UTF-16 units, so every text within the limit fits): a paste over the
        // limit still reaches the server, which says it is too long, and a huge one is not sent whole.
        field.setMaxLength(outerLimit(question.textLimit()));
        // Sent when the typing pauses or the field is left (see ChangeTracker).
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setRequiredIndicatorVisible(question.required());
        showCount(0);
        field.addValueChangeListener(event -> {
            String value = event.getValue();
            int length = value.codePointCount(0, value.length());
            if (length > question.textLimit() && !isShowing()) {
                quietly(() -> field.forget(event.getOldValue()));
                showCount(length);
                showError(translate("wizard.text-too-long", length, question.textLimit()));
                refused.run();
                return;
            }
            showCount(length);
            answered(value.isBlank() ? null : Answer.text(value));
        });
    }

    /**
     * The browser's maxlength for a limit in characters: it counts UTF-16 units, two for an emoji, so twice the limit
     * fits every text within it, and one more unit makes anything it cuts still too long to be taken.
     */
    static int outerLimit(int characters) {
        return 2 * characters + 1;
    }

    /** The counter for a text of this many characters, as the page shows it. */
    private void showCount(int characters) {
        String help = question.help() == null ? "" : question.help().in(language) + " ";
        field.setHelperText(help + translate("wizard.text-counter", characters, question.textLimit()));
    }

    @Override
    protected void display(Answer answer) {
        field.setValue(String.valueOf(answer.plain()));
    }
}
