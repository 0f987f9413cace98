package org.readiness.result;

import org.junit.jupiter.api.Test;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.merge.TeamMerge;
import org.readiness.recommendation.Evaluation;
import org.readiness.words.Words;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/**
 * A team's next steps say why: "Because the team answered:", then for each answer that called for the step who gave
 * which answer to its question, in the reader's language.
 */
class TeamBecauseTest {

    /** Owner Åsa says there is an owner, IT (no name) that there is none: the cautious "no" calls for an owner. */
    private static final TeamEvaluation TEAM = TeamMerge.of(questionnaire("scoring-fixture"), answers("size", "medium"),
            List.of(new Respondent("1", "owner", "Åsa", answers("owner", "yes", "owner-time", "full", "knowledge", 5,
                            "platforms", List.of("oms"))),
                    new Respondent("2", "it", null, answers("owner", "no", "knowledge", 1,
                            "platforms", List.of("oms", "erp"), "it-people", 5)))).orElseThrow();

    private static final ResultDetails DETAILS = ResultDetails.unstored("Växjö Verktyg",
            Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_team_reason_names_who_answered_what_in_english() {
        Recommended recommended = result("en").recommended();

        assertThat(recommended.becauseLabel()).isEqualTo("Because the team answered:");
        assertThat(because(recommended, "name-owner")).singleElement().satisfies(because -> {
            assertThat(because.questionId()).isEqualTo("owner");
            assertThat(because.questionText()).isEqualTo("Owner?");
            assertThat(because.answerText()).isEqualTo("Owner (Åsa): Yes · IT: No");
        });
    }

    @Test
    void the_team_reason_names_who_answered_what_in_swedish() {
        Recommended recommended = result("sv").recommended();

        assertThat(recommended.becauseLabel()).isEqualTo("Eftersom teamet svarade:");
        assertThat(because(recommended, "name-owner")).singleElement().satisfies(because -> {
            assertThat(because.questionText()).isEqualTo("Ägare?");
            assertThat(because.answerText()).isEqualTo("Ägare (Åsa): Ja · IT: Nej");
        });
    }

    @Test
    void one_respondents_reason_is_their_own_answer_without_names() {
        Result alone = Results.of(Evaluation.of(TEAM.questionnaire(), answers("size", "medium", "owner", "no",
                "knowledge", 1, "platforms", List.of("oms", "erp"))), DETAILS, Words.in("en"));

        assertThat(alone.recommended().becauseLabel()).isEqualTo("Because you answered:");
        assertThat(because(alone.recommended(), "name-owner")).singleElement()
                .satisfies(because -> assertThat(because.answerText()).isEqualTo("No"));
    }

    private static Result result(String language) {
        return Results.ofTeam(TEAM, DETAILS, Words.in(language));
    }

    private static List<Recommended.Because> because(Recommended recommended, String actionId) {
        return recommended.actions().stream().filter(action -> action.id().equals(actionId)).findFirst()
                .orElseThrow().because();
    }
}
