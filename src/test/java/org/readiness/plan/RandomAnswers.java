package org.readiness.plan;

import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Any valid answers to every question of a questionnaire, "don't know" included, from a seeded random source. */
final class RandomAnswers {

    private RandomAnswers() {
    }

    static Answers of(Questionnaire questionnaire, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = answer(question, random);
            if (answer != null) {
                answers.put(question.id(), answer);
            }
        }
        return Answers.of(answers);
    }

    private static Answer answer(Question question, Random random) {
        if (question.offersDontKnow() && random.nextInt(6) == 0) {
            return new Answer.DontKnow();
        }
        return switch (question.type()) {
            case SINGLE -> new Answer.Choice(question.options().get(random.nextInt(question.options().size())).value());
            case YES_NO -> new Answer.Choice(random.nextBoolean() ? Answer.YES : Answer.NO);
            case MULTIPLE -> choices(question, random);
            case SCALE -> new Answer.Number(BigDecimal.valueOf(question.min().longValue()
                    + random.nextInt((int) (question.max() - question.min()) + 1)));
            case NUMBER -> new Answer.Number(BigDecimal.valueOf(random.nextInt(100)));
            case TEXT -> null;
        };
    }

    private static Answer choices(Question question, Random random) {
        List<String> ticked = new ArrayList<>();
        for (Option option : question.options()) {
            if (!option.exclusive() && random.nextBoolean()) {
                ticked.add(option.value());
            }
        }
        if (ticked.isEmpty()) {
            question.options().stream().filter(Option::exclusive).findFirst()
                    .ifPresentOrElse(none -> ticked.add(none.value()), () -> ticked.add(question.options().get(0).value()));
        }
        return new Answer.Choices(ticked);
    }
}
