package org.readiness.team.ui;

import org.readiness.merge.AnswerGroup;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.words.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A question's answers as bars to talk about: one per option (every option of a choice, every point of a scale,
 * chosen or not, so the room sees what nobody picked), then "don't know", "not applicable" and "not answered" where
 * someone gave them; numbers and texts one bar per answer given. A person who picked several options counts in each.
 */
final class AnswerTally {

    /** One bar: the answer in words, and who gave it. */
    record Bar(String label, List<Respondent> who) {
    }

    private AnswerTally() {
    }

    static List<Bar> of(MergedQuestion merged, Words words) {
        String language = words.language();
        Question question = merged.question();
        List<Bar> bars = new ArrayList<>();
        if (question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE) {
            for (Option option : question.options()) {
                bars.add(bar(merged, option.label().in(language), answer -> chose(answer, option.value())));
            }
        } else if (question.type() == QuestionType.YES_NO) {
            for (String value : List.of(Answer.YES, Answer.NO)) {
                bars.add(bar(merged, AnswerWords.option(question, value, words), answer -> chose(answer, value)));
            }
        } else if (question.type() == QuestionType.SCALE && question.min() != null && question.max() != null) {
            for (int point = question.min().intValue(); point <= question.max().intValue(); point++) {
                BigDecimal value = BigDecimal.valueOf(point);
                bars.add(bar(merged, scalePoint(question, point, words),
                        answer -> answer instanceof Answer.Number number && number.value().compareTo(value) == 0));
            }
        } else {
            merged.groups().stream().filter(group -> isGiven(group.answer()))
                    .forEach(group -> bars.add(new Bar(AnswerWords.of(question, group.answer(), words),
                            group.respondents())));
        }
        addIfGiven(bars, merged, words.get("wizard." + Answer.DONT_KNOW), answer -> answer instanceof Answer.DontKnow);
        addIfGiven(bars, merged, words.get("wizard." + Answer.NOT_APPLICABLE),
                answer -> answer instanceof Answer.NotApplicable);
        addIfGiven(bars, merged, words.get("status.not-answered"), answer -> answer == null);
        return bars;
    }

    private static String scalePoint(Question question, int point, Words words) {
        String language = words.language();
        String end = point == question.min().intValue() && question.minLabel() != null
                ? question.minLabel().in(language)
                : point == question.max().intValue() && question.maxLabel() != null ? question.maxLabel().in(language)
                : null;
        return end == null ? String.valueOf(point) : point + " \u2013 " + end;
    }

    private static boolean isGiven(Answer answer) {
        return answer != null && !(answer instanceof Answer.DontKnow) && !(answer instanceof Answer.NotApplicable);
    }

    private static boolean chose(Answer answer, String value) {
        return answer instanceof Answer.Choice choice && choice.value().equals(value)
                || answer instanceof Answer.Choices choices && choices.values().contains(value);
    }

    private static Bar bar(MergedQuestion merged, String label, Predicate<Answer> gave) {
        List<Respondent> who = new ArrayList<>();
        for (AnswerGroup group : merged.groups()) {
            if (group.answer() != null && gave.test(group.answer())) {
                who.addAll(group.respondents());
            }
        }
        return new Bar(label, who);
    }

    private static void addIfGiven(List<Bar> bars, MergedQuestion merged, String label, Predicate<Answer> gave) {
        List<Respondent> who = new ArrayList<>();
        for (AnswerGroup group : merged.groups()) {
            if (gave.test(group.answer())) {
                who.addAll(group.respondents());
            }
        }
        if (!who.isEmpty()) {
            bars.add(new Bar(label, who));
        }
    }
}
