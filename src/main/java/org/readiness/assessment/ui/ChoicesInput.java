package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.options.Choice;
import org.readiness.base.ui.options.MultiOptionGroup;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Several options at once; an exclusive choice ("none", "don't know") clears the others, and another clears it. */
final class ChoicesInput extends AnswerInput<MultiOptionGroup> {

    private final List<String> values = new ArrayList<>();
    private final Set<String> exclusive = new LinkedHashSet<>();

    ChoicesInput(Question question, String language, Consumer<@Nullable Answer> answered) {
        super(question, language, new MultiOptionGroup(question.text().in(language)), answered);
        field.addClassName("vertical");
        field.setRequiredIndicatorVisible(question.required());
        values.addAll(question.options().stream().map(Option::value).toList());
        exclusive.addAll(question.options().stream().filter(Option::exclusive).map(Option::value).toList());
        if (question.offersDontKnow()) {
            values.add(Answer.DONT_KNOW);
            exclusive.add(Answer.DONT_KNOW);
        }
        if (question.allowNotApplicable()) {
            values.add(Answer.NOT_APPLICABLE);
            exclusive.add(Answer.NOT_APPLICABLE);
        }
        field.setOptions(values.stream()
                .map(value -> Choice.of(value, AnswerLabels.optionLabel(question, value, language))).toList());
        field.addValueChangeListener(event -> {
            if (isShowing()) {
                return;
            }
            Set<String> kept = kept(event.getValue(), event.getOldValue());
            if (!kept.equals(event.getValue())) {
                quietly(() -> field.setValue(kept));
            }
            answered(answer(kept));
        });
    }

    private Set<String> kept(Set<String> chosen, Set<String> before) {
        Set<String> added = new LinkedHashSet<>(chosen);
        added.removeAll(before);
        return added.stream().filter(exclusive::contains).findFirst()
                .map(Set::of)
                .orElseGet(() -> chosen.stream().filter(value -> !exclusive.contains(value) || added.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private @Nullable Answer answer(Set<String> kept) {
        if (kept.isEmpty()) {
            return null;
        }
        String only = kept.iterator().next();
        if (kept.size() == 1 && (Answer.DONT_KNOW.equals(only) || Answer.NOT_APPLICABLE.equals(only))) {
            return Answer.choice(only);
        }
        return Answer.choices(values.stream().filter(kept::contains).toList());
    }

    @Override
    protected void display(Answer answer) {
        if (answer instanceof Answer.Choices choices) {
            field.setValue(new LinkedHashSet<>(choices.values()));
        } else {
            field.setValue(Set.of(String.valueOf(answer.plain())));
        }
    }
}
