package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Lift;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.LiftedAnswers;
import org.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers actions bring about once done. An action's own {@code lifts}, or without them each question of its
 * condition lifted to its best answer. Applied in the file's order of the actions; where two lift one question the
 * answer that earns more stands (a multiple choice gets the options of both ticked).
 */
public final class Lifts {

    private Lifts() {
    }

    /** One question and the answer an action lifts it to. */
    public record Resolved(Question question, Answer target) {
    }

    public static List<Resolved> of(Questionnaire questionnaire, Action action) {
        List<Resolved> resolved = new ArrayList<>();
        if (!action.lifts().isEmpty()) {
            for (Lift lift : action.lifts()) {
                questionnaire.question(lift.question()).ifPresent(question -> {
                    Answer target = LiftedAnswers.target(question, lift.to()).answer();
                    if (target != null) {
                        resolved.add(new Resolved(question, target));
                    }
                });
            }
            return resolved;
        }
        for (String questionId : action.when().questionIds()) {
            questionnaire.question(questionId).ifPresent(question -> LiftedAnswers.best(question)
                    .ifPresent(best -> resolved.add(new Resolved(question, best))));
        }
        return resolved;
    }

    /** The ids of the questions an action lifts. */
    public static Set<String> questionIds(Questionnaire questionnaire, Action action) {
        Set<String> ids = new LinkedHashSet<>();
        of(questionnaire, action).forEach(lift -> ids.add(lift.question().id()));
        return ids;
    }

    /**
     * The answers with the lifts of the done actions applied. A done action never lowers an answer: where the answer
     * given already earns more than the lifted one (or a later action's lift), it stands.
     */
    public static Answers apply(Questionnaire questionnaire, Answers answers, Collection<Action> done) {
        Answers lifted = answers;
        for (Action action : questionnaire.actions()) {
            if (!done.contains(action)) {
                continue;
            }
            for (Resolved lift : of(questionnaire, action)) {
                String id = lift.question().id();
                Answer given = lifted.get(id).orElse(null);
                Answer raised = LiftedAnswers.applied(lift.question(), given, lift.target());
                if (!lowers(lift.question(), given, raised)) {
                    lifted = lifted.with(id, raised);
                }
            }
        }
        return lifted;
    }

    private static boolean lowers(Question question, @Nullable Answer given, Answer raised) {
        return question.isScored() && points(question, given) > points(question, raised);
    }

    private static double points(Question question, @Nullable Answer answer) {
        boolean counted = answer instanceof Answer.Choice || answer instanceof Answer.Choices
                || answer instanceof Answer.Number;
        return counted ? Scorer.earned(question, answer) : 0;
    }
}
