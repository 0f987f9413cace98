package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a point earned on a question is worth for the score aimed at, while the areas' reachable points stay as they
 * are: {@code 100 × weight ÷ (the area's reachable points × the scored areas' weight)} for the overall score,
 * {@code 100 ÷ the area's reachable points} for that area's own.
 */
final class Weights {

    private final Map<String, Double> perPoint;
    private final double value;

    private Weights(Map<String, Double> perPoint, double value) {
        this.perPoint = perPoint;
        this.value = value;
    }

    /** Over these questions' scores; none when the score aimed at has nothing to be scored on. */
    static @Nullable Weights of(Questionnaire questionnaire, Collection<QuestionScore> scores, @Nullable String areaId) {
        Map<String, double[]> totals = new HashMap<>();
        for (QuestionScore score : scores) {
            if (score.areaId() != null && score.counts()) {
                double[] total = totals.computeIfAbsent(score.areaId(), key -> new double[2]);
                total[0] += score.earned();
                total[1] += score.reachable();
            }
        }
        double scoredWeight = 0;
        for (Area area : questionnaire.areas()) {
            if (reachable(totals, area.id()) > 0) {
                scoredWeight += area.weight();
            }
        }
        Map<String, Double> perPoint = new HashMap<>();
        double value = 0;
        for (Area area : questionnaire.areas()) {
            double reachable = reachable(totals, area.id());
            boolean aimed = areaId == null ? reachable > 0 : area.id().equals(areaId) && reachable > 0;
            if (aimed) {
                double worth = areaId == null ? 100 * area.weight() / (reachable * scoredWeight) : 100 / reachable;
                perPoint.put(area.id(), worth);
                value += worth * totals.get(area.id())[0];
            }
        }
        return perPoint.isEmpty() ? null : new Weights(perPoint, value);
    }

    private static double reachable(Map<String, double[]> totals, String areaId) {
        double[] total = totals.get(areaId);
        return total == null ? 0 : total[1];
    }

    /** The score aimed at, before rounding. */
    double value() {
        return value;
    }

    /** What these questions' points add to it, against today's. */
    double gain(Map<String, QuestionScore> scores, Score today) {
        double gain = 0;
        for (QuestionScore score : scores.values()) {
            Double worth = score.areaId() == null ? null : perPoint.get(score.areaId());
            if (worth != null && score.counts()) {
                gain += worth * (score.earned() - today.question(score.questionId()).orElseThrow().earned());
            }
        }
        return gain;
    }
}
