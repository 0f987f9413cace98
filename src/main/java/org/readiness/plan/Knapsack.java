package org.readiness.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Picks one option from each group so that the total cost is exactly a given amount and the total gain is the
 * largest it can be (a multiple-choice knapsack, by dynamic programming over the cost: groups × options × costs).
 */
final class Knapsack {

    /** One option of a group: what it costs and what it gains. Every group holds the free option (0, 0). */
    record Item(int cost, double gain) {
    }

    private final List<List<Item>> groups;
    private final double[] best;
    /** For each group, for each total cost up to that group, the option taken. */
    private final int[][] taken;

    Knapsack(List<List<Item>> groups) {
        this.groups = List.copyOf(groups);
        int most = groups.stream().mapToInt(group -> group.stream().mapToInt(Item::cost).max().orElse(0)).sum();
        double[] current = new double[most + 1];
        Arrays.fill(current, Double.NEGATIVE_INFINITY);
        current[0] = 0;
        taken = new int[groups.size()][most + 1];
        for (int g = 0; g < groups.size(); g++) {
            current = add(g, current);
        }
        best = current;
    }

    private double[] add(int group, double[] before) {
        double[] after = new double[before.length];
        Arrays.fill(after, Double.NEGATIVE_INFINITY);
        List<Item> items = groups.get(group);
        for (int cost = 0; cost < before.length; cost++) {
            for (int o = 0; o < items.size(); o++) {
                int rest = cost - items.get(o).cost();
                if (rest >= 0 && before[rest] != Double.NEGATIVE_INFINITY
                        && before[rest] + items.get(o).gain() > after[cost]) {
                    after[cost] = before[rest] + items.get(o).gain();
                    taken[group][cost] = o;
                }
            }
        }
        return after;
    }

    int mostCost() {
        return best.length - 1;
    }

    /** The largest gain at exactly this cost, or negative infinity when no pick costs exactly that. */
    double bestGain(int cost) {
        return best[cost];
    }

    /** The option taken from each group for the best pick at exactly this cost. */
    int[] pick(int cost) {
        int[] options = new int[groups.size()];
        int left = cost;
        for (int g = groups.size() - 1; g >= 0; g--) {
            options[g] = taken[g][left];
            left -= groups.get(g).get(options[g]).cost();
        }
        return options;
    }
}
