package org.readiness.recommendation;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

class RecommenderTest {

    private final Questionnaire questionnaire = questionnaire("scoring-fixture");

    @Test
    void a_small_company_gets_the_small_team_structure_with_its_reason() {
        Recommendation recommendation = Evaluation.of(questionnaire, answers("size", "small")).recommendation();

        assertThat(recommendation.structure()).isEqualTo(Structure.SMALL_TEAM);
        assertThat(recommendation.reason().in("en")).isEqualTo("Small: the whole team.");
        assertThat(ownerIds(recommendation, "people")).containsExactly("team-people");
    }

    @Test
    void a_larger_company_gets_three_areas_and_owners_whose_condition_holds() {
        Recommendation medium = Evaluation.of(questionnaire, answers("size", "medium")).recommendation();
        Recommendation large = Evaluation.of(questionnaire, answers("size", "large")).recommendation();

        assertThat(medium.structure()).isEqualTo(Structure.THREE_AREA);
        assertThat(ownerIds(medium, "people")).containsExactly("hr");
        assertThat(ownerIds(large, "people")).containsExactly("hr", "sales");
        assertThat(ownerIds(large, "systems")).containsExactly("cto");
    }

    @Test
    void actions_are_ordered_by_the_overall_points_they_win_back() {
        // people 0/8 (weight 1), systems 3/8 (weight 3); total weight 4
        Recommendation recommendation = Evaluation.of(questionnaire, answers("owner", "no", "knowledge", "dont-know",
                "platforms", List.of("oms"), "it-people", 2)).recommendation();

        assertThat(recommendation.actions()).extracting(action -> action.action().id())
                .containsExactly("integrate", "name-owner", "learn-customers");
        assertThat(recommendation.actions().get(0).pointsWonBack()).isCloseTo(18.75, within(1e-9));
        assertThat(recommendation.actions().get(1).pointsWonBack()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void an_action_names_the_answers_that_triggered_it() {
        Recommendation recommendation = Evaluation.of(questionnaire, answers("owner", "dont-know", "knowledge", 5,
                "platforms", List.of("oms", "erp"))).recommendation();

        RecommendedAction nameOwner = recommendation.actions().get(0);
        assertThat(nameOwner.action().id()).isEqualTo("name-owner");
        assertThat(nameOwner.triggers()).containsExactly(new Trigger("owner", Answer.dontKnow()));
    }

    @Test
    void no_action_is_given_when_no_condition_holds() {
        Recommendation recommendation = Evaluation.of(questionnaire, answers("owner", "yes", "owner-time", "full",
                "knowledge", 4, "platforms", List.of("oms", "erp"), "it-people", 9)).recommendation();

        assertThat(recommendation.actions()).isEmpty();
    }

    private static List<String> ownerIds(Recommendation recommendation, String areaId) {
        return recommendation.owners().stream()
                .filter(owners -> owners.areaId().equals(areaId))
                .flatMap(owners -> owners.owners().stream())
                .map(Owner::id)
                .toList();
    }
}
