package org.readiness.plan;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.Score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actions grouped by the questions they can change: the questions they lift and every question whose visibility
 * depends on those. Two groups touch no common question, so the engine's score of any set of actions is, question by
 * question, the score of each group's part of the set: each group is run through the engine once per subset of its
 * own actions. A group is linear when none of its subsets changes which questions count or what they could earn, so
 * that its points add to the others' over fixed areas.
 */
final class ActionClusters {

    /** One subset of a group's actions, its total effort, and the engine's scores of the group's questions for it. */
    record Choice(List<Action> actions, int cost, Map<String, QuestionScore> scores) {
    }

    record Cluster(List<Action> actions, List<Choice> choices, boolean linear) {
    }

    private ActionClusters() {
    }

    static List<Cluster> of(Projectable base, List<Action> candidates, Score now) {
        Questionnaire questionnaire = base.questionnaire();
        List<Set<String>> touched = candidates.stream().map(action -> touched(questionnaire, action)).toList();
        int[] parent = new int[candidates.size()];
        Map<String, Integer> firstToucher = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            parent[i] = i;
            for (String question : touched.get(i)) {
                Integer other = firstToucher.putIfAbsent(question, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(i);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            Set<String> questions = new LinkedHashSet<>();
            members.forEach(i -> questions.addAll(touched.get(i)));
            clusters.add(cluster(base, members.stream().map(candidates::get).toList(), questions, now));
        }
        return clusters;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The questions an action lifts, and those shown or hidden by them, directly or through others. */
    static Set<String> touched(Questionnaire questionnaire, Action action) {
        Set<String> touched = new LinkedHashSet<>(Lifts.questionIds(questionnaire, action));
        // Conditions name only earlier questions, so one pass in the questionnaire's order reaches every dependant.
        for (Question question : questionnaire.questions()) {
            Condition visibleIf = question.visibleIf();
            if (visibleIf != null && visibleIf.questionIds().stream().anyMatch(touched::contains)) {
                touched.add(question.id());
            }
        }
        return touched;
    }

    private static Cluster cluster(Projectable base, List<Action> actions, Set<String> questions, Score now) {
        List<Choice> choices = new ArrayList<>();
        boolean linear = true;
        for (int mask = 0; mask < 1 << actions.size(); mask++) {
            List<Action> chosen = new ArrayList<>();
            int cost = 0;
            for (int i = 0; i < actions.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(actions.get(i));
                    cost += actions.get(i).effortOrDefault().cost();
                }
            }
            Score score = mask == 0 ? now : base.score(chosen);
            Map<String, QuestionScore> scores = new HashMap<>();
            for (String id : questions) {
                QuestionScore projected = score.question(id).orElseThrow();
                scores.put(id, projected);
                linear &= sameReach(projected, now.question(id).orElseThrow());
            }
            choices.add(new Choice(List.copyOf(chosen), cost, scores));
        }
        return new Cluster(actions, choices, linear);
    }

    private static boolean sameReach(QuestionScore projected, QuestionScore today) {
        return projected.counts() == today.counts() && projected.reachable() == today.reachable();
    }
}
