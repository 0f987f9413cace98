package org.readiness.studio.lint;

import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.Conditions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What answers can reach: which questions some answers show, and whether a condition can ever hold. Each question's
 * candidate answers ({@link AnswerSpace}) are combined freely (a question that can never be shown has no answer),
 * and the conditions are decided by the engine's own {@link Conditions}. Combining freely allows more than real
 * answers do, so "can never hold" is never said of a condition that can; a condition over so many answer
 * combinations that they cannot all be tried counts as one that can.
 */
public final class Reach {

    private static final long MOST_COMBINATIONS = 200_000;

    private final Questionnaire questionnaire;
    private final AnswerSpace space;
    private final Set<String> showable = new HashSet<>();

    public Reach(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.space = new AnswerSpace(questionnaire);
        for (Question question : questionnaire.questions()) {
            if (question.visibleIf() == null || canHold(question.visibleIf())) {
                showable.add(question.id());
            }
        }
    }

    public boolean canBeShown(String questionId) {
        return showable.contains(questionId);
    }

    /** Whether some answers make the condition hold. */
    public boolean canHold(Condition condition) {
        List<String> named = condition.tests().stream().map(test -> test.value().question()).distinct().toList();
        Map<String, List<Optional<Answer>>> candidates = new LinkedHashMap<>();
        long combinations = 1;
        for (String id : named) {
            Optional<Question> question = questionnaire.question(id);
            List<Optional<Answer>> answers = question.isPresent() && showable.contains(id)
                    ? space.of(question.get()) : List.of(Optional.empty());
            candidates.put(id, answers);
            combinations *= answers.size();
            if (combinations > MOST_COMBINATIONS) {
                return true;
            }
        }
        return tryAll(condition, named, 0, candidates, new LinkedHashMap<>());
    }

    private boolean tryAll(Condition condition, List<String> named, int at, Map<String, List<Optional<Answer>>> candidates,
                           Map<String, Answer> given) {
        if (at == named.size()) {
            return Conditions.hold(condition, questionnaire, Answers.of(given));
        }
        String id = named.get(at);
        for (Optional<Answer> answer : candidates.get(id)) {
            answer.ifPresentOrElse(value -> given.put(id, value), () -> given.remove(id));
            if (tryAll(condition, named, at + 1, candidates, given)) {
                return true;
            }
        }
        given.remove(id);
        return false;
    }
}
