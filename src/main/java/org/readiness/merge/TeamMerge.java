package org.readiness.merge;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.TeamRules;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.Recommender;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.QuestionScore.Status;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges a team's finished answers by the questionnaire's rule. Each respondent is scored on the questions their
 * role is asked; the team's points of a question are the rule over the points of those it counted for (by default
 * their mean), and areas and overall follow from those as for one respondent. The company profile is the
 * coordinator's. The structure, owners and next steps follow the team's most common answer to each question (a tie
 * goes to the answer worth fewer points: the cautious reading).
 */
public final class TeamMerge {

    private final Questionnaire questionnaire;
    private final TeamRules rules;
    private final Answers profile;
    private final List<Respondent> respondents;
    private final Map<String, Score> ownScores = new LinkedHashMap<>();

    private TeamMerge(Questionnaire questionnaire, Answers profile, List<Respondent> respondents) {
        this.questionnaire = questionnaire;
        this.rules = questionnaire.team();
        this.profile = profile;
        this.respondents = List.copyOf(respondents);
    }

    /** The team's evaluation, or none while no one has finished. */
    public static Optional<TeamEvaluation> of(Questionnaire questionnaire, Answers profile,
                                              List<Respondent> finished) {
        return finished.isEmpty() ? Optional.empty()
                : Optional.of(new TeamMerge(questionnaire, profile, finished).merge());
    }

    private TeamEvaluation merge() {
        for (Respondent respondent : respondents) {
            ownScores.put(respondent.id(), Scorer.score(questionnaire, withProfile(respondent.answers()),
                    respondent.scope()));
        }
        Score profileScore = Scorer.score(questionnaire, profile, AnswerScope.PROFILE);
        List<MergedQuestion> questions = new ArrayList<>();
        Map<String, Answer> common = new LinkedHashMap<>(profile.asMap());
        for (Question question : questionnaire.questions()) {
            if (questionnaire.stepOf(question).profile()) {
                QuestionScore team = profileScore.question(question.id()).orElseThrow();
                questions.add(new MergedQuestion(question, Map.of(), List.of(), team, 0));
                continue;
            }
            MergedQuestion merged = mergeQuestion(question);
            questions.add(merged);
            mostCommon(merged.groups()).ifPresent(answer -> common.put(question.id(), answer));
        }
        Score score = Scorer.of(questionnaire, questions.stream().map(MergedQuestion::team).toList());
        Answers teamAnswers = Answers.of(common);
        Evaluation evaluation = new Evaluation(questionnaire, teamAnswers, score,
                Recommender.recommend(questionnaire, teamAnswers, score));
        return new TeamEvaluation(evaluation, respondents, ownScores, questions, areaSpreads(score), roleByArea(),
                disagreements(questions, score), profileDifferences());
    }

    /** The profile's answers under a respondent's own, so conditions on the profile hold for them too. */
    private Answers withProfile(Answers own) {
        Map<String, Answer> all = new LinkedHashMap<>(own.asMap());
        profile.asMap().forEach(all::put);
        return Answers.of(all);
    }

    private MergedQuestion mergeQuestion(Question question) {
        Map<String, QuestionScore> byRespondent = new LinkedHashMap<>();
        List<Double> points = new ArrayList<>();
        boolean notApplicable = false;
        for (Respondent respondent : respondents) {
            QuestionScore own = ownScores.get(respondent.id()).question(question.id()).orElseThrow();
            byRespondent.put(respondent.id(), own);
            if (own.counts()) {
                points.add(own.earned());
            }
            notApplicable |= own.status() == Status.NOT_APPLICABLE;
        }
        List<AnswerGroup> groups = groups(question, byRespondent);
        QuestionScore team;
        if (!question.isScored()) {
            team = new QuestionScore(question.id(), question.area(), Status.UNSCORED, mostCommon(groups).orElse(null),
                    0, 0);
        } else if (points.isEmpty()) {
            team = new QuestionScore(question.id(), question.area(),
                    notApplicable ? Status.NOT_APPLICABLE : Status.HIDDEN, null, 0, 0);
        } else {
            team = new QuestionScore(question.id(), question.area(), Status.ANSWERED, mostCommon(groups).orElse(null),
                    merged(points), Scorer.reachable(question));
        }
        double spread = points.isEmpty() ? 0
                : points.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - points.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new MergedQuestion(question, byRespondent, groups, team, spread);
    }

    /** The respondents who were asked the question, grouped by the answer they gave, most points first. */
    private List<AnswerGroup> groups(Question question, Map<String, QuestionScore> byRespondent) {
        Map<Answer, List<Respondent>> byAnswer = new LinkedHashMap<>();
        Map<Answer, Double> pointsOf = new LinkedHashMap<>();
        List<Respondent> unanswered = new ArrayList<>();
        for (Respondent respondent : respondents) {
            QuestionScore own = byRespondent.get(respondent.id());
            if (own.status() == Status.HIDDEN) {
                continue;
            }
            if (own.answer() == null) {
                unanswered.add(respondent);
                continue;
            }
            byAnswer.computeIfAbsent(own.answer(), key -> new ArrayList<>()).add(respondent);
            pointsOf.put(own.answer(), own.counts() ? own.earned() : null);
        }
        List<AnswerGroup> groups = new ArrayList<>(byAnswer.entrySet().stream()
                .map(entry -> new AnswerGroup(entry.getKey(), pointsOf.get(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing((AnswerGroup group) -> group.points() == null ? -1 : group.points())
                        .reversed())
                .toList());
        if (!unanswered.isEmpty() && question.isScored()) {
            groups.add(new AnswerGroup(null, 0.0, unanswered));
        }
        return groups;
    }

    /** The answer most respondents gave; among equals, the one worth fewer points. */
    private static Optional<Answer> mostCommon(List<AnswerGroup> groups) {
        return groups.stream().filter(group -> group.answer() != null)
                .max(Comparator.comparingInt((AnswerGroup group) -> group.respondents().size())
                        .thenComparing(group -> group.points() == null ? 0 : -group.points()))
                .map(AnswerGroup::answer);
    }

    private double merged(List<Double> points) {
        List<Double> sorted = points.stream().sorted().toList();
        return switch (rules.merge()) {
            case MEAN -> sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            case MEDIAN -> sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            case LOWEST -> sorted.get(0);
        };
    }

    private List<AreaSpread> areaSpreads(Score team) {
        List<AreaSpread> spreads = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            Map<String, Integer> byRespondent = new LinkedHashMap<>();
            for (Respondent respondent : respondents) {
                ownScores.get(respondent.id()).area(area.id()).map(AreaScore::score)
                        .ifPresent(score -> byRespondent.put(respondent.id(), score));
            }
            spreads.add(new AreaSpread(area.id(), team.area(area.id()).map(AreaScore::score).orElse(null), byRespondent,
                    byRespondent.values().stream().min(Integer::compare).orElse(null),
                    byRespondent.values().stream().max(Integer::compare).orElse(null)));
        }
        return spreads;
    }

    /**
     * Per role that answered, per area, the rule over that role's respondents' own area scores; the roles in the
     * questionnaire's order, as the chart's legend has them.
     */
    private Map<String, Map<String, Integer>> roleByArea() {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        List<String> answered = respondents.stream().map(Respondent::roleId).distinct().toList();
        List<String> inOrder = new ArrayList<>(questionnaire.roles().stream().map(Role::id)
                .filter(answered::contains).toList());
        answered.stream().filter(roleId -> !inOrder.contains(roleId)).forEach(inOrder::add);
        for (String roleId : inOrder) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Area area : questionnaire.areas()) {
                List<Double> scores = respondents.stream().filter(respondent -> respondent.roleId().equals(roleId))
                        .map(respondent -> ownScores.get(respondent.id()).area(area.id()).map(AreaScore::score)
                                .orElse(null))
                        .filter(Objects::nonNull).map(Integer::doubleValue).toList();
                if (!scores.isEmpty()) {
                    row.put(area.id(), (int) Math.round(merged(scores)));
                }
            }
            table.put(roleId, row);
        }
        return table;
    }

    /** The questions whose points lie further apart than the threshold, widest and weightiest first. */
    private List<Disagreement> disagreements(List<MergedQuestion> questions, Score team) {
        double totalWeight = team.areas().stream().filter(AreaScore::isScored).mapToDouble(AreaScore::weight).sum();
        return questions.stream()
                .filter(question -> question.team().reachable() > 0
                        && question.spreadShare() > rules.disagreementThreshold())
                .map(question -> new Disagreement(question, pointsAtStake(question, team, totalWeight)))
                .sorted(Comparator.comparingDouble((Disagreement each) -> each.question().spreadShare()).reversed()
                        .thenComparing(Comparator.comparingDouble(Disagreement::pointsAtStake).reversed()))
                .toList();
    }

    /** How many points of the overall score the question's whole range is worth. */
    private static double pointsAtStake(MergedQuestion question, Score team, double totalWeight) {
        AreaScore area = team.area(question.team().areaId()).orElse(null);
        if (area == null || area.reachable() == 0 || totalWeight == 0) {
            return 0;
        }
        return 100 * question.team().reachable() * area.weight() / (area.reachable() * totalWeight);
    }

    /** Profile questions a respondent answered themselves, and otherwise than the profile. */
    private List<ProfileDifference> profileDifferences() {
        List<ProfileDifference> differences = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (!questionnaire.stepOf(question).profile()) {
                continue;
            }
            @Nullable Answer agreed = profile.get(question.id()).orElse(null);
            Map<Answer, List<Respondent>> other = new LinkedHashMap<>();
            for (Respondent respondent : respondents) {
                respondent.answers().get(question.id()).filter(answer -> !answer.equals(agreed))
                        .ifPresent(answer -> other.computeIfAbsent(answer, key -> new ArrayList<>()).add(respondent));
            }
            if (!other.isEmpty()) {
                List<AnswerGroup> groups = new ArrayList<>();
                groups.add(new AnswerGroup(agreed, null, List.of()));
                other.forEach((answer, who) -> groups.add(new AnswerGroup(answer, null, who)));
                differences.add(new ProfileDifference(question, groups));
            }
        }
        return differences;
    }
}
