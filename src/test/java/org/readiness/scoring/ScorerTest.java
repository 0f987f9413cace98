package org.readiness.scoring;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Bands;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.QuestionScore.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

class ScorerTest {

    private final Questionnaire questionnaire = questionnaire("scoring-fixture");

    @Test
    void full_marks_in_every_area_score_one_hundred() {
        Score score = Scorer.score(questionnaire, answers("size", "small", "owner", "yes", "owner-time", "full",
                "knowledge", 5, "platforms", List.of("oms", "erp"), "it-people", 5));

        assertThat(score.area("people").orElseThrow().score()).isEqualTo(100);
        assertThat(score.area("systems").orElseThrow().score()).isEqualTo(100);
        assertThat(score.overall()).isEqualTo(100);
        assertThat(score.overallBand().id()).isEqualTo("high");
    }

    @Test
    void dont_know_counts_as_zero_points_but_stays_reachable() {
        Score score = Scorer.score(questionnaire, answers("owner", "yes", "owner-time", "full", "knowledge", "dont-know",
                "platforms", List.of("oms"), "it-people", 0));

        QuestionScore knowledge = score.question("knowledge").orElseThrow();
        assertThat(knowledge.status()).isEqualTo(Status.DONT_KNOW);
        assertThat(knowledge.earned()).isZero();
        assertThat(knowledge.reachable()).isEqualTo(4);
        assertThat(score.area("people").orElseThrow().score()).isEqualTo(60);
    }

    @Test
    void not_applicable_leaves_the_question_out_of_the_area() {
        Score score = Scorer.score(questionnaire, answers("owner", "yes", "owner-time", "not-applicable",
                "knowledge", 3, "platforms", List.of("none"), "it-people", 0));

        assertThat(score.question("owner-time").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(score.area("people").orElseThrow().reachable()).isEqualTo(8);
        assertThat(score.area("people").orElseThrow().score()).isEqualTo(75);
    }

    @Test
    void a_hidden_conditional_question_is_left_out_even_when_an_old_answer_remains() {
        Score score = Scorer.score(questionnaire, answers("owner", "no", "owner-time", "full", "knowledge", 5,
                "platforms", List.of("oms"), "it-people", 1));

        QuestionScore ownerTime = score.question("owner-time").orElseThrow();
        assertThat(ownerTime.status()).isEqualTo(Status.HIDDEN);
        assertThat(ownerTime.reachable()).isZero();
        assertThat(score.area("people").orElseThrow().earned()).isEqualTo(4);
        assertThat(score.area("people").orElseThrow().reachable()).isEqualTo(8);
    }

    @Test
    void multiple_choice_adds_the_chosen_points_up_to_the_cap() {
        Score capped = Scorer.score(questionnaire, answers("platforms", List.of("oms", "erp", "crm")));
        Score some = Scorer.score(questionnaire, answers("platforms", List.of("crm")));
        Score none = Scorer.score(questionnaire, answers("platforms", List.of("none")));

        assertThat(capped.question("platforms").orElseThrow().earned()).isEqualTo(4);
        assertThat(some.question("platforms").orElseThrow().earned()).isEqualTo(2);
        assertThat(none.question("platforms").orElseThrow().earned()).isZero();
        assertThat(none.question("platforms").orElseThrow().reachable()).isEqualTo(4);
    }

    @Test
    void a_number_earns_the_points_of_the_range_it_falls_in() {
        assertThat(Scorer.score(questionnaire, answers("it-people", 0)).question("it-people").orElseThrow().earned())
                .isZero();
        assertThat(Scorer.score(questionnaire, answers("it-people", 4)).question("it-people").orElseThrow().earned())
                .isEqualTo(1);
        assertThat(Scorer.score(questionnaire, answers("it-people", 50)).question("it-people").orElseThrow().earned())
                .isEqualTo(4);
    }

    @Test
    void an_unanswered_optional_question_counts_as_zero() {
        Score score = Scorer.score(questionnaire, answers("owner", "yes", "owner-time", "part"));

        QuestionScore knowledge = score.question("knowledge").orElseThrow();
        assertThat(knowledge.status()).isEqualTo(Status.UNANSWERED);
        assertThat(knowledge.missed()).isEqualTo(4);
    }

    @Test
    void the_overall_score_is_the_weighted_mean_of_the_areas() {
        // people 0/8 = 0 (weight 1); systems 3/8 = 37.5 (weight 3): (0 + 3 * 37.5) / 4 = 28.125
        Score score = Scorer.score(questionnaire, answers("owner", "no", "knowledge", "dont-know",
                "platforms", List.of("oms"), "it-people", 2));

        assertThat(score.area("people").orElseThrow().score()).isZero();
        assertThat(score.area("systems").orElseThrow().score()).isEqualTo(38);
        assertThat(score.overall()).isEqualTo(28);
    }

    @Test
    void an_area_uses_its_own_bands_when_it_has_them() {
        Score score = Scorer.score(questionnaire, answers("owner", "no", "knowledge", "dont-know",
                "platforms", List.of("oms", "erp"), "it-people", 0));

        assertThat(score.area("systems").orElseThrow().score()).isEqualTo(50);
        assertThat(score.area("systems").orElseThrow().band().id()).isEqualTo("strong");
        assertThat(score.area("people").orElseThrow().band().id()).isEqualTo("low");
    }

    @Test
    void bands_hold_the_scores_at_both_of_their_boundaries() {
        var bands = questionnaire.bands().overall();

        assertThat(Bands.find(bands, 0).id()).isEqualTo("low");
        assertThat(Bands.find(bands, 39).id()).isEqualTo("low");
        assertThat(Bands.find(bands, 40).id()).isEqualTo("mid");
        assertThat(Bands.find(bands, 69).id()).isEqualTo("mid");
        assertThat(Bands.find(bands, 70).id()).isEqualTo("high");
        assertThat(Bands.find(bands, 100).id()).isEqualTo("high");
    }

    @Test
    void the_explanation_points_add_up_to_each_area_score() {
        Score score = Scorer.score(questionnaire, answers("owner", "yes", "owner-time", "part", "knowledge", 2,
                "platforms", List.of("erp"), "it-people", 3));

        for (AreaScore area : score.areas()) {
            List<QuestionScore> questions = score.questionsOf(area.areaId());
            double earned = questions.stream().mapToDouble(QuestionScore::earned).sum();
            double reachable = questions.stream().mapToDouble(QuestionScore::reachable).sum();
            assertThat(earned).isEqualTo(area.earned());
            assertThat(reachable).isEqualTo(area.reachable());
            assertThat(Math.round(100 * earned / reachable)).isEqualTo((long) area.score());
        }
        // people: 4 + 1 + 1 of 4 + 2 + 4; systems: 2 + 1 of 4 + 4
        assertThat(score.area("people").orElseThrow().exact()).isCloseTo(60, within(1e-9));
        assertThat(score.area("systems").orElseThrow().exact()).isCloseTo(37.5, within(1e-9));
    }

    @Test
    void the_same_answers_always_give_the_same_score() {
        Answers answers = answers("owner", "yes", "owner-time", "part", "knowledge", 4, "platforms", List.of("crm"));

        assertThat(Scorer.score(questionnaire, answers)).isEqualTo(Scorer.score(questionnaire, answers));
    }

    @Test
    void unscored_profile_and_text_questions_carry_no_points() {
        Score score = Scorer.score(questionnaire, answers("size", "large").with("goal", Answer.text("Grow")));

        assertThat(score.question("size").orElseThrow().status()).isEqualTo(Status.UNSCORED);
        assertThat(score.question("goal").orElseThrow().status()).isEqualTo(Status.UNSCORED);
    }
}
