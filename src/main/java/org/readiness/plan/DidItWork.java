package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.ShownQuestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Did it work? Each action a plan marked done, checked at the next assessment against the answers it lifts: "done,
 * and the answer moved" when any of them is answered otherwise than before; "done, but the answer has not changed"
 * when none is, which the checkpoint page and the comparison flag.
 */
public final class DidItWork {

    private DidItWork() {
    }

    /** One done action: whether its answers moved, and the questions whose answer stayed as it was. */
    public record Check(Action action, boolean moved, List<String> unchanged) {

        public Check {
            unchanged = List.copyOf(unchanged);
        }
    }

    /**
     * @param before the answers the plan was made from
     * @param after  the answers of the assessment after it, under its own questionnaire
     */
    public static List<Check> of(StoredPlan plan, Questionnaire before, Answers answersBefore, Questionnaire after,
                                 Answers answersAfter) {
        Answers then = ShownQuestions.of(before, answersBefore).effectiveAnswers();
        Answers now = ShownQuestions.of(after, answersAfter).effectiveAnswers();
        List<Check> checks = new ArrayList<>();
        for (PlannedAction planned : plan.actions()) {
            Optional<Action> action = find(before, planned.actionId());
            if (planned.status() != Status.DONE || action.isEmpty()) {
                continue;
            }
            List<String> lifted = new ArrayList<>(Lifts.questionIds(before, action.get()));
            List<String> unchanged = lifted.stream()
                    .filter(question -> Objects.equals(answer(then, question), answer(now, question))).toList();
            checks.add(new Check(action.get(), unchanged.size() < lifted.size(), unchanged));
        }
        return checks;
    }

    private static @Nullable Answer answer(Answers answers, String questionId) {
        return answers.get(questionId).orElse(null);
    }

    private static Optional<Action> find(Questionnaire questionnaire, String actionId) {
        return questionnaire.actions().stream().filter(action -> action.id().equals(actionId)).findFirst();
    }
}
