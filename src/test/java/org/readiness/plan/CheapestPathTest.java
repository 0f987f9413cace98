package org.readiness.plan;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheapest way to the next band is the least effort over every subset: checked against trying them all. */
class CheapestPathTest {

    @Test
    void on_the_second_questionnaire_the_cheapest_path_is_minimal_for_the_overall_score_and_every_area()
            throws Exception {
        Questionnaire second = read(Path.of("src/test/resources/questionnaires/second/omnichannel-readiness.json"));
        assertThat(second.actions()).hasSize(9).allSatisfy(action -> assertThat(action.lifts()).isNotEmpty());
        agreesWithBruteForce(second, 400, 1);
    }

    @Test
    void where_a_lift_shows_or_hides_other_questions_the_cheapest_path_is_still_minimal() {
        // "name-owner" lifts "owner" to yes, which shows "owner-time": the areas' reachable points change.
        agreesWithBruteForce(Fixtures.questionnaire("scoring-fixture"), 300, 2);
    }

    @Test
    void on_the_bundled_questionnaire_the_cheapest_path_is_minimal() {
        agreesWithBruteForce(Fixtures.commerceStakeholders(), 6, 3);
    }

    @Test
    void no_set_of_actions_reaching_the_next_band_is_said_so() {
        Questionnaire fixture = Fixtures.questionnaire("scoring-fixture");
        Answers answers = Fixtures.answers("size", "large", "owner", "no", "knowledge", 1, "platforms", List.of("none"),
                "it-people", 0);
        // Of the actions these answers trigger, only the one on knowledge is offered: it cannot lift enough.
        List<Action> learnOnly = triggered(fixture, answers).stream()
                .filter(action -> action.id().equals("learn-customers")).toList();
        Optional<NextBand> next = CheapestPath.find(new SingleAnswers(fixture, answers), learnOnly, null);

        assertThat(learnOnly).hasSize(1);
        assertThat(next).hasValueSatisfying(band -> {
            assertThat(band.band().id()).isEqualTo("mid");
            assertThat(band.reachable()).isFalse();
            assertThat(band.actions()).isNull();
        });
    }

    private static void agreesWithBruteForce(Questionnaire questionnaire, int rounds, long seed) {
        Random random = new Random(seed);
        int reachable = 0;
        for (int round = 0; round < rounds; round++) {
            Answers answers = RandomAnswers.of(questionnaire, random);
            SingleAnswers base = new SingleAnswers(questionnaire, answers);
            List<Action> candidates = triggered(questionnaire, answers);
            List<String> targets = new ArrayList<>();
            targets.add(null);
            questionnaire.areas().stream().map(Area::id).forEach(targets::add);
            for (String areaId : targets) {
                Optional<NextBand> found = CheapestPath.find(base, candidates, areaId);
                OptionalInt least = leastEffortByBruteForce(questionnaire, answers, candidates, areaId);
                String what = "answers " + answers + ", target " + areaId;
                if (found.isEmpty()) {
                    assertThat(nextBand(questionnaire, Scorer.score(questionnaire, answers), areaId)).as(what).isNull();
                    continue;
                }
                if (least.isEmpty()) {
                    assertThat(found.get().reachable()).as(what).isFalse();
                    continue;
                }
                reachable++;
                NextBand next = found.get();
                assertThat(next.reachable()).as(what).isTrue();
                assertThat(next.effort()).as(what).isEqualTo(least.getAsInt())
                        .isEqualTo(next.actions().stream().mapToInt(action -> action.effortOrDefault().cost()).sum());
                Score projected = Scorer.score(questionnaire, Lifts.apply(questionnaire, answers, next.actions()));
                assertThat(projected).as(what).isEqualTo(next.projected());
                assertThat(scoreOf(projected, areaId)).as(what).isGreaterThanOrEqualTo(next.band().min());
            }
        }
        assertThat(reachable).as("rounds where some set reached the next band").isGreaterThan(rounds / 4);
    }

    /** Every subset of the candidates, by the engine: the least effort of those whose score reaches the band. */
    private static OptionalInt leastEffortByBruteForce(Questionnaire questionnaire, Answers answers,
                                                       List<Action> candidates, String areaId) {
        Band band = nextBand(questionnaire, Scorer.score(questionnaire, answers), areaId);
        if (band == null) {
            return OptionalInt.empty();
        }
        int least = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            List<Action> chosen = new ArrayList<>();
            int effort = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(candidates.get(i));
                    effort += candidates.get(i).effortOrDefault().cost();
                }
            }
            Integer score = scoreOf(Scorer.score(questionnaire, Lifts.apply(questionnaire, answers, chosen)), areaId);
            if (effort < least && score != null && score >= band.min()) {
                least = effort;
            }
        }
        return least == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(least);
    }

    private static Band nextBand(Questionnaire questionnaire, Score score, String areaId) {
        Integer today = scoreOf(score, areaId);
        if (today == null) {
            return null;
        }
        List<Band> bands = areaId == null ? questionnaire.bands().overall() : questionnaire.bands().forArea(areaId);
        return bands.stream().filter(band -> band.min() > today).min(java.util.Comparator.comparingInt(Band::min))
                .orElse(null);
    }

    private static Integer scoreOf(Score score, String areaId) {
        return areaId == null ? score.overall() : score.area(areaId).map(AreaScore::score).orElse(null);
    }

    private static List<Action> triggered(Questionnaire questionnaire, Answers answers) {
        return Evaluation.of(questionnaire, answers).recommendation().actions().stream()
                .map(RecommendedAction::action).toList();
    }

    private static Questionnaire read(Path file) throws Exception {
        QuestionnaireReader.Result result = new QuestionnaireReader().read(file.toString(), Files.readAllBytes(file));
        assertThat(result.problems()).isEmpty();
        return result.questionnaire();
    }
}
