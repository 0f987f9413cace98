package org.readiness.plan;

import org.junit.jupiter.api.Test;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.merge.TeamMerge;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.scoring.QuestionScore;
import org.readiness.scoring.Score;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/**
 * A team's projection on the scoring fixture: every respondent's answers lifted, then merged again by the file's rule,
 * so the projected team scores as if each seat answered the lifted answer.
 */
class TeamAnswersTest {

    private static final Questionnaire FIXTURE = questionnaire("scoring-fixture");
    private static final Answers PROFILE = answers("size", "medium");

    /** Owner: yes, full time, knowledge 5, one platform. */
    private static final Respondent OWNER = new Respondent("r1", "owner", "Åsa", answers(
            "owner", "yes", "owner-time", "full", "knowledge", 5, "platforms", List.of("oms")));
    /** IT: no owner, knowledge 1, one platform, five IT people. */
    private static final Respondent IT = new Respondent("r2", "it", null, answers(
            "owner", "no", "knowledge", 1, "platforms", List.of("oms"), "it-people", 5));

    private final TeamAnswers team = new TeamAnswers(FIXTURE, PROFILE, List.of(OWNER, IT));

    @Test
    void with_nothing_done_the_projection_is_the_teams_merged_score_today() {
        Score today = TeamMerge.of(FIXTURE, PROFILE, List.of(OWNER, IT)).orElseThrow().evaluation().score();

        assertThat(scores(team.score(List.of()))).isEqualTo(scores(today));
    }

    @Test
    void a_done_action_lifts_the_answers_of_every_respondent_not_only_the_teams_most_common_one() {
        Score projected = team.score(List.of(action("integrate")));

        assertThat(points(projected, "platforms")).as("both seats lifted to all platforms: 4 and 4")
                .isEqualTo(4.0);
        TeamEvaluation byHand = TeamMerge.of(FIXTURE, PROFILE, List.of(
                new Respondent("r1", "owner", "Åsa", answers("owner", "yes", "owner-time", "full", "knowledge", 5,
                        "platforms", List.of("oms", "erp", "crm"))),
                new Respondent("r2", "it", null, answers("owner", "no", "knowledge", 1,
                        "platforms", List.of("oms", "erp", "crm"), "it-people", 5)))).orElseThrow();
        assertThat(scores(projected)).isEqualTo(scores(byHand.evaluation().score()));
        assertThat(projected.overall()).isGreaterThan(team.score(List.of()).overall());
    }

    @Test
    void a_lift_raises_the_seat_that_answered_low_and_leaves_the_one_already_at_the_top() {
        Score today = team.score(List.of());
        Score projected = team.score(List.of(action("name-owner")));

        assertThat(points(today, "owner")).as("yes 4 and no 0").isEqualTo(2.0);
        assertThat(points(projected, "owner")).as("both yes").isEqualTo(4.0);
        assertThat(points(projected, "platforms")).as("untouched").isEqualTo(points(today, "platforms"));
    }

    private static double points(Score score, String questionId) {
        return score.question(questionId).map(QuestionScore::earned).orElseThrow();
    }

    /** The overall score and each area's, to compare two scores by. */
    private static List<Object> scores(Score score) {
        return List.of(String.valueOf(score.overall()), score.areas().stream()
                .map(area -> area.areaId() + "=" + area.score()).toList());
    }

    private static Action action(String id) {
        return FIXTURE.actions().stream().filter(action -> action.id().equals(id)).findFirst().orElseThrow();
    }
}
