package org.readiness.scorecard;

import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers that score least for every question: the longest list of next steps a card can get. */
final class Weakest {

    private Weakest() {
    }

    static Answers answers(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Option least = question.options().stream().min(Comparator.comparingDouble(Option::points)).orElse(null);
            switch (question.type()) {
                case YES_NO -> answers.put(question.id(), Answer.choice(Answer.NO));
                case SINGLE -> answers.put(question.id(), Answer.choice(least.value()));
                case MULTIPLE -> answers.put(question.id(), Answer.choices(List.of(least.value())));
                case SCALE, NUMBER -> answers.put(question.id(), Answer.number(BigDecimal.valueOf(
                        question.min() == null ? 0 : question.min())));
                case TEXT -> {
                }
            }
        }
        return Answers.of(answers);
    }
}
