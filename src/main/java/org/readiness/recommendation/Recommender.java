package org.readiness.recommendation;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.Conditions;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.questionnaire.Structure;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.Score;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Applies the questionnaire's rules to the answers: the structure, the owners and the ordered actions. */
public final class Recommender {

    private Recommender() {
    }

    public static Recommendation recommend(Questionnaire questionnaire, Answers answers, Score score) {
        Answers counted = ShownQuestions.of(questionnaire, answers).effectiveAnswers();
        Structure structure = Conditions.hold(questionnaire.structure().smallTeamWhen(), questionnaire, counted)
                ? Structure.SMALL_TEAM : Structure.THREE_AREA;
        List<AreaOwners> owners = questionnaire.areas().stream()
                .map(area -> new AreaOwners(area.id(), questionnaire.owners().stream()
                        .filter(owner -> owner.area().equals(area.id()) && owner.structure() == structure)
                        .filter(owner -> owner.when() == null || Conditions.hold(owner.when(), questionnaire, counted))
                        .toList()))
                .toList();
        List<Action> actions = questionnaire.actions();
        List<RecommendedAction> recommended = IntStream.range(0, actions.size())
                .filter(i -> Conditions.hold(actions.get(i).when(), questionnaire, counted))
                .mapToObj(i -> new Ranked(i, recommend(actions.get(i), counted, score)))
                .sorted(Comparator.comparingDouble((Ranked ranked) -> -ranked.action().pointsWonBack())
                        .thenComparingInt(Ranked::order))
                .map(Ranked::action)
                .toList();
        return new Recommendation(structure, questionnaire.structure().reason(structure), owners, recommended);
    }

    private static RecommendedAction recommend(Action action, Answers counted, Score score) {
        List<Trigger> triggers = action.when().questionIds().stream()
                .map(questionId -> new Trigger(questionId, counted.get(questionId).orElse(null)))
                .toList();
        return new RecommendedAction(action, pointsWonBack(action, score), triggers);
    }

    /**
     * The overall-score points the action's questions missed: each missed point is worth
     * {@code 100 * weight / (area's reachable points * total weight of the scored areas)}.
     */
    static double pointsWonBack(Action action, Score score) {
        double totalWeight = score.areas().stream().filter(AreaScore::isScored).mapToDouble(AreaScore::weight).sum();
        if (totalWeight == 0) {
            return 0;
        }
        double points = 0;
        for (String questionId : action.winsBack()) {
            QuestionScore questionScore = score.question(questionId).orElse(null);
            if (questionScore == null || !questionScore.counts() || questionScore.areaId() == null) {
                continue;
            }
            AreaScore area = score.area(questionScore.areaId()).orElseThrow();
            points += 100 * questionScore.missed() * area.weight() / (area.reachable() * totalWeight);
        }
        return points;
    }

    private record Ranked(int order, RecommendedAction action) {
    }
}
