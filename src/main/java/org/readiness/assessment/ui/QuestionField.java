package org.readiness.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One question on screen: the input that fits its type, labelled by the question, with its help text, and the
 * "don't know" / "not applicable" choices where the file offers them. Fires {@link AnswerChanged} when the user
 * answers; a cleared or invalid input fires no answer, so nothing typed is ever replaced by a guess.
 */
class QuestionField extends Composite<Div> {

    private final Question question;
    private final String language;
    private final HasValidation input;
    private final Runnable clearInput;
    private java.util.function.Consumer<Answer> showAnswer = answer -> { };
    private boolean settingValue;

    QuestionField(Question question, String language) {
        this.question = question;
        this.language = language;
        getContent().addClassName("question");
        getContent().getElement().setAttribute("data-question", question.id());
        switch (question.type()) {
            case MULTIPLE -> input = checkboxes();
            case NUMBER -> input = number();
            case TEXT -> input = text();
            default -> input = radios();
        }
        clearInput = () -> ((com.vaadin.flow.component.HasValue<?, ?>) input).clear();
        String helperText = helperText();
        if (!helperText.isEmpty() && question.type() != QuestionType.TEXT) {
            ((com.vaadin.flow.component.HasHelper) input).setHelperText(helperText);
        }
    }

    Question question() {
        return question;
    }

    private String helperText() {
        String help = question.help() == null ? "" : question.help().in(language);
        if (question.type() == QuestionType.SCALE && question.minLabel() != null && question.maxLabel() != null) {
            String scale = getTranslation("wizard.scale-hint", AnswerLabels.plain(question.min()),
                    question.minLabel().in(language), AnswerLabels.plain(question.max()), question.maxLabel().in(language));
            return help.isEmpty() ? scale : help + " " + scale;
        }
        return help;
    }

    private HasValidation radios() {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(question.text().in(language));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
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
        group.setItems(values);
        group.setItemLabelGenerator(value -> question.type() == QuestionType.SCALE && Character.isDigit(value.charAt(0))
                ? value : AnswerLabels.optionLabel(this, question, value, language));
        group.setRequiredIndicatorVisible(question.required());
        if (question.type() == QuestionType.SCALE) {
            group.addClassName("scale");
        }
        group.addValueChangeListener(event -> {
            if (!settingValue && event.getValue() != null) {
                group.setInvalid(false);
                fire(toAnswer(event.getValue()));
            }
        });
        showAnswer = answer -> group.setValue(String.valueOf(answer.plain()));
        getContent().add(group);
        return group;
    }

    private Answer toAnswer(String value) {
        if (question.type() == QuestionType.SCALE && Character.isDigit(value.charAt(0))) {
            return Answer.number(new BigDecimal(value));
        }
        return Answer.choice(value);
    }

    private HasValidation checkboxes() {
        CheckboxGroup<String> group = new CheckboxGroup<>(question.text().in(language));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<String> values = new ArrayList<>(question.options().stream().map(Option::value).toList());
        Set<String> exclusive = new LinkedHashSet<>(question.options().stream()
                .filter(Option::exclusive).map(Option::value).toList());
        if (question.offersDontKnow()) {
            values.add(Answer.DONT_KNOW);
            exclusive.add(Answer.DONT_KNOW);
        }
        if (question.allowNotApplicable()) {
            values.add(Answer.NOT_APPLICABLE);
            exclusive.add(Answer.NOT_APPLICABLE);
        }
        group.setItems(values);
        group.setItemLabelGenerator(value -> AnswerLabels.optionLabel(this, question, value, language));
        // Vaadin's required flag puts aria-required on a role="group", which ARIA does not allow; the theme marks it.
        if (question.required()) {
            getContent().addClassName("required");
        }
        group.addValueChangeListener(event -> {
            if (settingValue) {
                return;
            }
            Set<String> chosen = new LinkedHashSet<>(event.getValue());
            Set<String> added = new LinkedHashSet<>(chosen);
            added.removeAll(event.getOldValue());
            // An exclusive choice ("none", "don't know") clears the others, and another choice clears it.
            Set<String> kept = added.stream().anyMatch(exclusive::contains)
                    ? Set.of(added.stream().filter(exclusive::contains).findFirst().orElseThrow())
                    : chosen.stream().filter(value -> !exclusive.contains(value) || added.isEmpty())
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
            if (!kept.equals(chosen)) {
                settingValue = true;
                group.setValue(kept);
                settingValue = false;
            }
            group.setInvalid(false);
            fire(choicesAnswer(kept, values));
        });
        showAnswer = answer -> {
            if (answer instanceof Answer.Choices choices) {
                group.setValue(new LinkedHashSet<>(choices.values()));
            } else {
                group.setValue(Set.of(String.valueOf(answer.plain())));
            }
        };
        getContent().add(group);
        return group;
    }

    private @Nullable Answer choicesAnswer(Set<String> kept, List<String> order) {
        if (kept.isEmpty()) {
            return null;
        }
        String only = kept.iterator().next();
        if (kept.size() == 1 && (Answer.DONT_KNOW.equals(only) || Answer.NOT_APPLICABLE.equals(only))) {
            return Answer.choice(only);
        }
        return Answer.choices(order.stream().filter(kept::contains).toList());
    }

    private HasValidation number() {
        NumberField field = new NumberField(question.text().in(language));
        if (question.min() != null) {
            field.setMin(question.min());
        }
        if (question.max() != null) {
            field.setMax(question.max());
        }
        field.setRequiredIndicatorVisible(question.required());
        if (question.unit() != null) {
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(question.unit().in(language)));
        }
        Checkbox dontKnow = new Checkbox(getTranslation("wizard.dont-know"));
        field.addValueChangeListener(event -> {
            if (settingValue) {
                return;
            }
            Double value = event.getValue();
            if (value == null) {
                return;
            }
            boolean outOfRange = question.min() != null && value < question.min()
                    || question.max() != null && value > question.max();
            if (outOfRange) {
                field.setErrorMessage(getTranslation("wizard.number-invalid", AnswerLabels.plain(question.min()),
                        AnswerLabels.plain(question.max())));
                field.setInvalid(true);
                return;
            }
            field.setInvalid(false);
            settingValue = true;
            dontKnow.setValue(false);
            settingValue = false;
            fire(Answer.number(BigDecimal.valueOf(value)));
        });
        dontKnow.addValueChangeListener(event -> {
            if (!settingValue && event.getValue()) {
                settingValue = true;
                field.clear();
                settingValue = false;
                field.setInvalid(false);
                fire(Answer.dontKnow());
            }
        });
        showAnswer = answer -> {
            if (answer instanceof Answer.Number number) {
                field.setValue(number.value().doubleValue());
            } else {
                dontKnow.setValue(answer instanceof Answer.DontKnow);
            }
        };
        getContent().add(field);
        if (question.offersDontKnow()) {
            getContent().add(dontKnow);
        }
        return field;
    }

    private HasValidation text() {
        TextArea area = new TextArea(question.text().in(language));
        int limit = question.textLimit();
        area.setMaxLength(limit);
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        area.setValueChangeTimeout(700);
        area.setRequiredIndicatorVisible(question.required());
        Runnable counter = () -> {
            String help = question.help() == null ? "" : question.help().in(language) + " ";
            area.setHelperText(help + getTranslation("wizard.text-counter",
                    area.getValue().codePointCount(0, area.getValue().length()), limit));
        };
        counter.run();
        area.addValueChangeListener(event -> {
            counter.run();
            if (!settingValue) {
                area.setInvalid(false);
                fire(event.getValue().isBlank() ? null : Answer.text(event.getValue()));
            }
        });
        showAnswer = answer -> area.setValue(String.valueOf(answer.plain()));
        getContent().add(area);
        return area;
    }

    /** Shows a stored answer without firing an event. */
    void show(@Nullable Answer answer) {
        settingValue = true;
        try {
            if (answer == null) {
                clearInput.run();
            } else {
                showAnswer.accept(answer);
            }
        } finally {
            settingValue = false;
        }
    }

    void markMissing() {
        input.setErrorMessage(getTranslation("wizard.required"));
        input.setInvalid(true);
    }

    void showError(String message) {
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    void focus() {
        if (input instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void fire(@Nullable Answer answer) {
        fireEvent(new AnswerChanged(this, answer));
    }

    Registration addAnswerChangedListener(com.vaadin.flow.component.ComponentEventListener<AnswerChanged> listener) {
        return addListener(AnswerChanged.class, listener);
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
