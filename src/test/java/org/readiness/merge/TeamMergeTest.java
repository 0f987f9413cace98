package org.readiness.merge;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.TeamRules;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.scoring.QuestionScore;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.readiness.questionnaire.Fixtures.answer;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/** The scoring fixture's team: an "owner" role and an "it" role; "it-people" is asked of IT only. */
class TeamMergeTest {

    private static final Questionnaire FIXTURE = questionnaire("scoring-fixture");
    private static final Answers PROFILE = answers("size", "medium");

    /** Owner: yes (4), full time (2), knowledge 5 (4), one platform (2). */
    private static final Respondent OWNER = new Respondent("r1", "owner", "Åsa", answers(
            "owner", "yes", "owner-time", "full", "knowledge", 5, "platforms", List.of("oms")));
    /** IT: no owner (0), knowledge 1 (0), two platforms (4), five IT people (4). */
    private static final Respondent IT = new Respondent("r2", "it", null, answers(
            "owner", "no", "knowledge", 1, "platforms", List.of("oms", "erp"), "it-people", 5));

    @Test
    void the_team_points_of_a_question_are_the_mean_of_the_points_of_those_it_counted_for() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        assertThat(team(team, "owner").earned()).isEqualTo(2.0);
        assertThat(team(team, "knowledge").earned()).isEqualTo(2.0);
        assertThat(team(team, "owner-time").earned()).as("only the owner was shown it").isEqualTo(2.0);
        assertThat(team(team, "it-people").earned()).as("asked of IT only").isEqualTo(4.0);
        assertThat(team(team, "platforms").earned()).isEqualTo(3.0);
    }

    @Test
    void areas_and_overall_follow_from_the_merged_points_as_for_one_respondent() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        assertThat(team.evaluation().score().area("people").orElseThrow().score()).isEqualTo(60);
        assertThat(team.evaluation().score().area("systems").orElseThrow().score()).isEqualTo(88);
        assertThat(team.evaluation().score().overall()).isEqualTo(81);
    }

    @Test
    void each_respondent_is_a_dot_and_the_spread_runs_from_the_lowest_to_the_highest() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        AreaSpread people = team.area("people").orElseThrow();
        assertThat(people.byRespondent()).containsEntry("r1", 100).containsEntry("r2", 0);
        assertThat(people.lowest()).isZero();
        assertThat(people.highest()).isEqualTo(100);
        assertThat(people.team()).isEqualTo(60);
    }

    @Test
    void points_further_apart_than_a_third_of_the_range_are_a_disagreement_and_closer_ones_are_not() {
        Respondent close = new Respondent("r3", "owner", null, answers(
                "owner", "yes", "owner-time", "full", "knowledge", 4, "platforms", List.of("oms", "erp")));

        TeamEvaluation team = merge(FIXTURE, OWNER, close);

        assertThat(team.question("knowledge").orElseThrow().spreadShare()).isEqualTo(0.25);
        assertThat(team.question("platforms").orElseThrow().spreadShare()).isEqualTo(0.5);
        assertThat(team.disagreements()).extracting(each -> each.question().question().id())
                .containsExactly("platforms");
    }

    @Test
    void the_widest_disagreements_come_first_and_among_equals_the_ones_with_more_points_at_stake() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        assertThat(team.disagreements()).extracting(each -> each.question().question().id())
                .containsExactly("owner", "knowledge", "platforms");
        assertThat(team.disagreements().get(0).pointsAtStake()).isCloseTo(10.0, within(0.001));
        assertThat(team.disagreements().get(2).pointsAtStake()).isCloseTo(100.0 * 4 * 3 / (8 * 4), within(0.001));
    }

    @Test
    void a_disagreement_says_who_answered_what_most_points_first() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        List<AnswerGroup> groups = team.disagreementOn("owner").orElseThrow().question().groups();
        assertThat(groups).extracting(AnswerGroup::answer).containsExactly(answer("yes"), answer("no"));
        assertThat(groups.get(0).respondents()).containsExactly(OWNER);
        assertThat(groups.get(1).respondents()).containsExactly(IT);
    }

    @Test
    void the_median_rule_takes_the_middle_and_the_lowest_rule_the_least_ready_seat() {
        Respondent third = new Respondent("r3", "owner", null, answers(
                "owner", "yes", "owner-time", "part", "knowledge", 4, "platforms", List.of("none")));

        TeamEvaluation median = merge(withRules(new TeamRules(TeamRules.Merge.MEDIAN, 1.0 / 3)), OWNER, IT, third);
        TeamEvaluation lowest = merge(withRules(new TeamRules(TeamRules.Merge.LOWEST, 1.0 / 3)), OWNER, IT, third);

        assertThat(team(median, "knowledge").earned()).isEqualTo(3.0);
        assertThat(team(median, "owner-time").earned()).as("two counted: 2 and 1").isEqualTo(1.5);
        assertThat(team(lowest, "knowledge").earned()).isEqualTo(0.0);
        assertThat(team(lowest, "platforms").earned()).isEqualTo(0.0);
    }

    @Test
    void the_role_by_area_table_merges_the_respondents_of_each_role() {
        Respondent secondOwner = new Respondent("r3", "owner", null, answers(
                "owner", "no", "knowledge", 1, "platforms", List.of("oms")));

        TeamEvaluation team = merge(FIXTURE, OWNER, IT, secondOwner);

        assertThat(team.roleByArea().get("owner")).containsEntry("people", 50);
        assertThat(team.roleByArea().get("it")).containsEntry("people", 0).containsEntry("systems", 100);
    }

    @Test
    void one_finished_respondent_is_one_view_and_scores_as_alone() {
        TeamEvaluation team = merge(FIXTURE, OWNER);

        assertThat(team.isOneView()).isTrue();
        assertThat(team.evaluation().score().overall()).isEqualTo(team.ownScores().get("r1").overall());
        assertThat(team.disagreements()).isEmpty();
    }

    @Test
    void a_respondent_who_does_not_know_anything_counts_as_zero_and_pulls_the_team_down() {
        Respondent unsure = new Respondent("r3", "owner", null, answers(
                "owner", "dont-know", "knowledge", "dont-know", "platforms", List.of("none")));

        TeamEvaluation team = merge(FIXTURE, OWNER, unsure);

        assertThat(team(team, "owner").earned()).isEqualTo(2.0);
        assertThat(team(team, "knowledge").earned()).isEqualTo(2.0);
        assertThat(team.disagreementOn("owner").orElseThrow().question().groups())
                .extracting(AnswerGroup::answer).containsExactly(answer("yes"), Answer.dontKnow());
    }

    @Test
    void the_structure_and_next_steps_follow_the_most_common_answer_and_a_tie_goes_to_the_cautious_one() {
        TeamEvaluation team = merge(FIXTURE, OWNER, IT);

        assertThat(team.evaluation().answers().get("owner")).contains(answer("no"));
        assertThat(team.evaluation().recommendation().actions()).extracting(action -> action.action().id())
                .contains("name-owner");
    }

    @Test
    void a_profile_answered_otherwise_by_a_respondent_is_flagged_and_the_coordinators_profile_counts() {
        Respondent otherSize = new Respondent("r3", "it", null, answers(
                "size", "large", "owner", "no", "knowledge", 1, "platforms", List.of("oms"), "it-people", 0));

        TeamEvaluation team = merge(FIXTURE, OWNER, otherSize);

        assertThat(team.profileDifferences()).singleElement().satisfies(difference -> {
            assertThat(difference.question().id()).isEqualTo("size");
            assertThat(difference.groups()).extracting(AnswerGroup::answer)
                    .containsExactly(answer("medium"), answer("large"));
        });
        assertThat(team.evaluation().answers().get("size")).contains(answer("medium"));
    }

    @Test
    void nobody_finished_means_no_team_result_yet() {
        assertThat(TeamMerge.of(FIXTURE, PROFILE, List.of())).isEmpty();
    }

    private static TeamEvaluation merge(Questionnaire questionnaire, Respondent... respondents) {
        return TeamMerge.of(questionnaire, PROFILE, List.of(respondents)).orElseThrow();
    }

    private static QuestionScore team(TeamEvaluation team, String questionId) {
        return team.question(questionId).orElseThrow().team();
    }

    private static Questionnaire withRules(TeamRules rules) {
        Questionnaire q = FIXTURE;
        return new Questionnaire(q.id(), q.version(), q.languages(), q.title(), q.description(), q.estimatedMinutes(),
                q.areas(), q.bands(), q.steps(), q.structure(), q.owners(), q.actions(), q.roles(), rules,
                q.contentHash());
    }
}
