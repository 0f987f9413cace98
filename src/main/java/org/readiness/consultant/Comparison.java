package org.readiness.consultant;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.questionnaire.Structure;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two assessments of one client side by side: how each area's score moved, the structure then and now, the answers
 * that changed, and which actions were done (recommended then, no longer) and which are new.
 */
public record Comparison(Evaluation before, Evaluation after, @Nullable Integer overallBefore,
                         @Nullable Integer overallAfter, List<AreaChange> areas, Structure structureBefore,
                         Structure structureAfter, List<AnswerChange> changedAnswers, List<String> actionsDone,
                         List<String> actionsNew, List<String> actionsStillOpen) {

    public record AreaChange(String areaId, @Nullable Integer before, @Nullable Integer after) {

        /** After minus before, or null when either could not be scored. */
        public @Nullable Integer delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    public record AnswerChange(String questionId, @Nullable Answer before, @Nullable Answer after) {
    }

    public static Comparison of(Evaluation before, Evaluation after) {
        List<AreaChange> areas = after.questionnaire().areas().stream()
                .map(area -> new AreaChange(area.id(),
                        before.score().area(area.id()).map(AreaScore::score).orElse(null),
                        after.score().area(area.id()).map(AreaScore::score).orElse(null)))
                .toList();
        var answersBefore = ShownQuestions.of(before.questionnaire(), before.answers()).effectiveAnswers();
        var answersAfter = ShownQuestions.of(after.questionnaire(), after.answers()).effectiveAnswers();
        List<AnswerChange> changed = new ArrayList<>();
        for (Question question : after.questionnaire().questions()) {
            Answer then = answersBefore.get(question.id()).orElse(null);
            Answer now = answersAfter.get(question.id()).orElse(null);
            if (!Objects.equals(then, now)) {
                changed.add(new AnswerChange(question.id(), then, now));
            }
        }
        Set<String> actionsBefore = actionIds(before);
        Set<String> actionsAfter = actionIds(after);
        return new Comparison(before, after, before.score().overall(), after.score().overall(), areas,
                before.recommendation().structure(), after.recommendation().structure(), changed,
                actionsBefore.stream().filter(id -> !actionsAfter.contains(id)).toList(),
                actionsAfter.stream().filter(id -> !actionsBefore.contains(id)).toList(),
                actionsAfter.stream().filter(actionsBefore::contains).toList());
    }

    private static Set<String> actionIds(Evaluation evaluation) {
        return evaluation.recommendation().actions().stream()
                .map(RecommendedAction::action)
                .map(action -> action.id())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public @Nullable Integer overallDelta() {
        return overallBefore == null || overallAfter == null ? null : overallAfter - overallBefore;
    }
}
