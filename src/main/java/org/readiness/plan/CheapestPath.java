package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.Score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cheapest way to the next band: of every subset of the candidate actions, one of least total effort (small 1,
 * medium 3, large 8) whose projection reaches the band above today's; among equally cheap ones, the one that projects
 * highest. Exact, and fast: the actions fall into groups that touch disjoint questions ({@link ActionClusters}); the
 * groups whose subsets change which questions count are tried in every combination, and for each the others add up
 * over fixed areas, so the least effort follows from a knapsack over the effort. The set found is checked with the
 * engine; should rounding at the band's edge ever disagree with the sums, every subset is tried instead.
 */
public final class CheapestPath {

    /** Sums in another order than the engine's may differ by this much; within it the engine decides. */
    private static final double SLACK = 1e-9;

    private final Projectable base;
    private final List<Action> candidates;
    private final @Nullable String areaId;
    private final Score now;
    private final Band band;
    private Found best;
    /** Whether the engine turned down a set whose sums reached the band: rounding at the edge, so every subset decides. */
    private boolean edge;

    private CheapestPath(Projectable base, List<Action> candidates, @Nullable String areaId, Score now, Band band) {
        this.base = base;
        this.candidates = List.copyOf(candidates);
        this.areaId = areaId;
        this.now = now;
        this.band = band;
    }

    /** To the next overall band ({@code areaId} null) or the area's; empty when there is no band above today's. */
    public static Optional<NextBand> find(Projectable base, List<Action> candidates, @Nullable String areaId) {
        Score now = base.score(List.of());
        Questionnaire questionnaire = base.questionnaire();
        Integer today = areaId == null ? now.overall() : now.area(areaId).map(AreaScore::score).orElse(null);
        if (today == null) {
            return Optional.empty();
        }
        List<Band> bands = areaId == null ? questionnaire.bands().overall() : questionnaire.bands().forArea(areaId);
        Optional<Band> next = bands.stream().filter(each -> each.min() > today).min(Comparator.comparingInt(Band::min));
        return next.map(band -> new CheapestPath(base, candidates, areaId, now, band).search());
    }

    private record Found(List<Action> actions, int cost, Score projected, double value) {
    }

    private NextBand search() {
        List<ActionClusters.Cluster> clusters = ActionClusters.of(base, candidates, now);
        List<ActionClusters.Cluster> fixed = clusters.stream().filter(cluster -> !cluster.linear()).toList();
        List<ActionClusters.Cluster> adding = clusters.stream().filter(ActionClusters.Cluster::linear).toList();
        combine(fixed, 0, new ArrayList<>(), adding);
        if (edge) {
            best = everySubset();
        }
        return best == null ? new NextBand(areaId, band, null, 0, null)
                : new NextBand(areaId, band, inFileOrder(best.actions()), best.cost(), best.projected());
    }

    /** Every combination of the groups that change the areas' reach, each finished by the knapsack over the rest. */
    private void combine(List<ActionClusters.Cluster> fixed, int index, List<ActionClusters.Choice> chosen,
                         List<ActionClusters.Cluster> adding) {
        if (index < fixed.size()) {
            for (ActionClusters.Choice choice : fixed.get(index).choices()) {
                chosen.add(choice);
                combine(fixed, index + 1, chosen, adding);
                chosen.remove(chosen.size() - 1);
            }
            return;
        }
        int fixedCost = chosen.stream().mapToInt(ActionClusters.Choice::cost).sum();
        if (best != null && fixedCost > best.cost()) {
            return;
        }
        Map<String, QuestionScore> scores = new HashMap<>();
        now.questions().forEach(score -> scores.put(score.questionId(), score));
        chosen.forEach(choice -> scores.putAll(choice.scores()));
        Weights weights = Weights.of(base.questionnaire(), scores.values(), areaId);
        if (weights != null) {
            finish(chosen, fixedCost, weights, adding);
        }
    }

    private void finish(List<ActionClusters.Choice> chosen, int fixedCost, Weights weights,
                        List<ActionClusters.Cluster> adding) {
        List<List<Knapsack.Item>> groups = adding.stream().map(cluster -> cluster.choices().stream()
                .map(choice -> new Knapsack.Item(choice.cost(), weights.gain(choice.scores(), now))).toList()).toList();
        Knapsack knapsack = new Knapsack(groups);
        double needed = band.min() - 0.5 - weights.value();
        for (int cost = 0; cost <= knapsack.mostCost(); cost++) {
            if (best != null && fixedCost + cost > best.cost()) {
                return;
            }
            if (knapsack.bestGain(cost) >= needed - SLACK) {
                List<Action> actions = new ArrayList<>();
                chosen.forEach(choice -> actions.addAll(choice.actions()));
                int[] pick = knapsack.pick(cost);
                for (int g = 0; g < pick.length; g++) {
                    actions.addAll(adding.get(g).choices().get(pick[g]).actions());
                }
                consider(actions, fixedCost + cost);
                return;
            }
        }
    }

    private void consider(List<Action> actions, int cost) {
        Score projected = base.score(actions);
        if (!reaches(projected)) {
            edge = true;
            return;
        }
        double value = value(projected);
        if (best == null || cost < best.cost() || cost == best.cost() && value > best.value()) {
            best = new Found(List.copyOf(actions), cost, projected, value);
        }
    }

    private boolean reaches(Score score) {
        Integer reached = areaId == null ? score.overall() : score.area(areaId).map(AreaScore::score).orElse(null);
        return reached != null && reached >= band.min();
    }

    private double value(Score score) {
        if (areaId == null) {
            Double exact = Projection.exactOverall(score);
            return exact == null ? 0 : exact;
        }
        return score.area(areaId).map(AreaScore::exact).orElse(0.0);
    }

    private @Nullable Found everySubset() {
        Found found = null;
        for (int mask = 1; mask < 1 << candidates.size(); mask++) {
            List<Action> actions = new ArrayList<>();
            int cost = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    actions.add(candidates.get(i));
                    cost += candidates.get(i).effortOrDefault().cost();
                }
            }
            Score projected = base.score(actions);
            if (reaches(projected) && (found == null || cost < found.cost()
                    || cost == found.cost() && value(projected) > found.value())) {
                found = new Found(actions, cost, projected, value(projected));
            }
        }
        return found;
    }

    private List<Action> inFileOrder(List<Action> actions) {
        return base.questionnaire().actions().stream().filter(actions::contains).toList();
    }
}
