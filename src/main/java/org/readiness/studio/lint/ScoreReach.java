package org.readiness.studio.lint;

import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.PointRange;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scores answers can reach, per area and overall. Each question is taken alone (shown and answered in any way,
 * left unanswered, or, where it can be, hidden or not applicable), which allows more than real answers do: a band no
 * score here reaches is one no answers reach.
 */
public final class ScoreReach {

    /** Beyond this many combinations of area shares, the overall scores are not worked out. */
    private static final long MOST_COMBINATIONS = 2_000_000;

    private final Map<String, Set<Double>> sharesByArea = new LinkedHashMap<>();
    private final Questionnaire questionnaire;

    public ScoreReach(Questionnaire questionnaire, Reach reach) {
        this.questionnaire = questionnaire;
        for (Area area : questionnaire.areas()) {
            Set<Long> pairs = new HashSet<>(Set.of(pair(0, 0)));
            for (Question question : questionnaire.questions()) {
                if (area.id().equals(question.area()) && question.isScored() && reach.canBeShown(question.id())) {
                    pairs = combine(pairs, outcomes(question));
                }
            }
            Set<Double> shares = new TreeSet<>();
            pairs.forEach(pair -> {
                long reachable = pair & 0xFFFFFFFFL;
                if (reachable > 0) {
                    shares.add((double) (pair >>> 32) / reachable);
                }
            });
            sharesByArea.put(area.id(), shares);
        }
    }

    /** The whole-number scores the area can get; empty when it can never be scored. */
    public Set<Integer> areaScores(String areaId) {
        Set<Integer> scores = new TreeSet<>();
        sharesByArea.getOrDefault(areaId, Set.of()).forEach(share -> scores.add(round(100 * share)));
        return scores;
    }

    /** The overall scores, or null when there are too many combinations to work them out. */
    public Set<Integer> overallScores() {
        long combinations = 1;
        List<Area> areas = questionnaire.areas();
        List<List<Double>> shares = new ArrayList<>();
        for (Area area : areas) {
            List<Double> options = new ArrayList<>(sharesByArea.get(area.id()));
            options.add(Double.NaN); // the area has no score (every question hidden or not applicable)
            shares.add(options);
            combinations *= options.size();
            if (combinations > MOST_COMBINATIONS) {
                return null;
            }
        }
        Set<Integer> scores = new TreeSet<>();
        collect(areas, shares, 0, 0, 0, scores);
        return scores;
    }

    private static void collect(List<Area> areas, List<List<Double>> shares, int at, double weighted, double weights,
                                Set<Integer> scores) {
        if (at == areas.size()) {
            if (weights > 0) {
                scores.add(round(100 * weighted / weights));
            }
            return;
        }
        for (double share : shares.get(at)) {
            if (Double.isNaN(share)) {
                collect(areas, shares, at + 1, weighted, weights, scores);
            } else {
                double weight = areas.get(at).weight();
                collect(areas, shares, at + 1, weighted + weight * share, weights + weight, scores);
            }
        }
    }

    /** What one question can add: (points earned, points reachable), in hundredths. */
    private static Set<Long> outcomes(Question question) {
        long reachable = hundredths(Scorer.reachable(question));
        Set<Long> outcomes = new HashSet<>();
        outcomes.add(pair(0, reachable)); // unanswered or "don't know"
        if (question.visibleIf() != null || question.allowNotApplicable()) {
            outcomes.add(pair(0, 0)); // hidden, or not applicable
        }
        earned(question).forEach(points -> outcomes.add(pair(Math.min(hundredths(points), reachable), reachable)));
        return outcomes;
    }

    private static Set<Double> earned(Question question) {
        Set<Double> earned = new HashSet<>();
        switch (question.type()) {
            case SINGLE -> question.options().forEach(option -> earned.add(option.points()));
            case YES_NO -> {
                earned.add(question.points().yes());
                earned.add(question.points().no());
            }
            case SCALE -> {
                for (double value = 0; value <= question.max() - question.min(); value++) {
                    earned.add(value);
                }
            }
            case NUMBER -> question.ranges().stream().map(PointRange::points).forEach(earned::add);
            case MULTIPLE -> earned.addAll(subsetSums(question));
            case TEXT -> { }
        }
        return earned;
    }

    private static Set<Double> subsetSums(Question question) {
        Set<Double> sums = new HashSet<>(Set.of(0.0));
        for (Option option : question.options()) {
            if (option.exclusive()) {
                continue;
            }
            Set<Double> next = new HashSet<>(sums);
            sums.forEach(sum -> next.add(sum + option.points()));
            sums = next;
        }
        Set<Double> all = new HashSet<>(sums);
        question.options().stream().filter(Option::exclusive).map(Option::points).forEach(all::add);
        return all;
    }

    private static Set<Long> combine(Set<Long> sums, Set<Long> outcomes) {
        Set<Long> next = new HashSet<>();
        for (long sum : sums) {
            for (long outcome : outcomes) {
                next.add(pair((sum >>> 32) + (outcome >>> 32), (sum & 0xFFFFFFFFL) + (outcome & 0xFFFFFFFFL)));
            }
        }
        return next;
    }

    private static long pair(long earned, long reachable) {
        return earned << 32 | reachable;
    }

    private static long hundredths(double points) {
        return Math.round(points * 100);
    }

    /** As the scorer rounds: halves up. */
    static int round(double score) {
        return (int) Math.floor(score + 0.5);
    }
}
