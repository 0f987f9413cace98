package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which questions the wizard shows for a set of answers, and the answers that count: an answer to a question
 * that is hidden now (its condition no longer holds) is kept by the caller but ignored here. In a team, a question
 * another seat answers (the company profile, for instance) is not shown, but its answer, if given, still counts
 * for the conditions that name it.
 */
public record ShownQuestions(Set<String> ids, Answers effectiveAnswers) {

    public static ShownQuestions of(Questionnaire questionnaire, Answers answers) {
        return of(questionnaire, answers, AnswerScope.WHOLE);
    }

    public static ShownQuestions of(Questionnaire questionnaire, Answers answers, AnswerScope scope) {
        Set<String> shown = new LinkedHashSet<>();
        Map<String, Answer> counted = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            // Conditions name only earlier questions, so the answers counted so far decide.
            if (question.visibleIf() == null
                    || Conditions.hold(question.visibleIf(), questionnaire, Answers.of(counted))) {
                if (scope.asks(questionnaire, question)) {
                    shown.add(question.id());
                }
                answers.get(question.id()).ifPresent(answer -> counted.put(question.id(), answer));
            }
        }
        return new ShownQuestions(Set.copyOf(shown), Answers.of(counted));
    }

    public boolean isShown(String questionId) {
        return ids.contains(questionId);
    }

    public List<Question> in(Step step) {
        return step.questions().stream().filter(question -> isShown(question.id())).toList();
    }
}
