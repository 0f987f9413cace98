package org.readiness.plan;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.Lift;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection is the engine's evaluation of the lifted answers, nothing estimated. */
class ProjectionTest {

    private final Questionnaire questionnaire = Fixtures.commerceStakeholders();

    /** Every action of the bundled questionnaire triggers for these answers. */
    private final Answers weak = Fixtures.answers("company-size", "251-1000", "business-model", "both",
            "digital-team-size", "16-50", "experience-owner", "no", "touchpoints-owned", List.of("promotions"),
            "customer-needs", 2, "sales-manager-involved", "not-involved", "customer-service-involved", "no",
            "platforms", List.of("erp"), "it-from-day-one", "later", "technology-owner", "dont-know",
            "erp-technicians", "nobody", "back-office-readiness", "not-started", "integration-plan", "no",
            "executive-sponsor", "no", "c-suite-backing", "one", "checkpoint-meetings", "ad-hoc",
            "budget-approved", "not-yet", "leadership-priority", 2);

    @Test
    void every_action_of_the_bundled_questionnaire_has_its_effort_owner_and_lifts() {
        assertThat(questionnaire.actions()).hasSize(15).allSatisfy(action -> {
            assertThat(action.effort()).isNotNull();
            assertThat(action.ownerRole()).isIn("experience", "technology", "executive-sponsor", "whole-team");
            assertThat(action.lifts()).isNotEmpty();
        });
        assertThat(Evaluation.of(questionnaire, weak).recommendation().actions()).hasSize(15);
    }

    @Test
    void the_projection_of_each_action_alone_is_the_evaluation_of_its_lifted_answers() {
        SingleAnswers base = new SingleAnswers(questionnaire, weak);
        for (Action action : questionnaire.actions()) {
            Projection projection = Projection.of(base, List.of(action));

            assertThat(projection.now()).isEqualTo(Evaluation.of(questionnaire, weak).score());
            assertThat(projection.projected()).as(action.id())
                    .isEqualTo(Evaluation.of(questionnaire, liftedByHand(weak, List.of(action))).score());
            assertThat(projection.projected().overall()).as(action.id()).isGreaterThan(projection.now().overall());
        }
    }

    @Test
    void the_projection_of_random_sets_of_actions_on_random_answers_is_the_evaluation_of_the_lifted_answers() {
        Random random = new Random(22);
        for (int round = 0; round < 300; round++) {
            Answers answers = RandomAnswers.of(questionnaire, random);
            List<Action> done = questionnaire.actions().stream().filter(action -> random.nextInt(3) == 0).toList();

            assertThat(Projection.of(new SingleAnswers(questionnaire, answers), done).projected())
                    .as("answers %s, done %s", answers, done.stream().map(Action::id).toList())
                    .isEqualTo(Scorer.score(questionnaire, liftedByHand(answers, done)));
        }
    }

    @Test
    void a_done_action_never_lowers_an_answer_already_better_than_its_lift() {
        Answers strong = weak.with("customer-needs", new Answer.Number(java.math.BigDecimal.valueOf(5)));
        Action learn = questionnaire.actions().stream().filter(action -> action.id().equals("learn-customer-needs"))
                .findFirst().orElseThrow();

        assertThat(Lifts.apply(questionnaire, strong, List.of(learn)).get("customer-needs"))
                .contains(new Answer.Number(java.math.BigDecimal.valueOf(5)));
    }

    @Test
    void an_action_without_lifts_lifts_the_questions_of_its_condition_to_their_best_answers() {
        Questionnaire fixture = Fixtures.questionnaire("scoring-fixture");
        Action nameOwner = fixture.actions().get(0);

        assertThat(nameOwner.lifts()).isEmpty();
        assertThat(Lifts.of(fixture, nameOwner)).extracting(lift -> lift.question().id() + "=" + lift.target().plain())
                .containsExactly("owner=yes");
    }

    /**
     * The file's lifts applied as the format guide words them, independently of {@link Lifts}: in the file's order,
     * an answer that earns more stands, a multiple choice keeps what was ticked besides its exclusive options.
     */
    private Answers liftedByHand(Answers answers, List<Action> done) {
        Answers lifted = answers;
        for (Action action : questionnaire.actions()) {
            if (!done.contains(action)) {
                continue;
            }
            for (Lift lift : action.lifts()) {
                Question question = questionnaire.question(lift.question()).orElseThrow();
                Answer given = lifted.get(question.id()).orElse(null);
                Answer target = target(question, given, lift.to());
                if (points(question, target) >= points(question, given)) {
                    lifted = lifted.with(question.id(), target);
                }
            }
        }
        return lifted;
    }

    private static Answer target(Question question, Answer given, Object to) {
        if (!(to instanceof List<?> values)) {
            return Fixtures.answer(to);
        }
        Set<String> ticked = new LinkedHashSet<>();
        if (given instanceof Answer.Choices choices) {
            choices.values().stream().filter(value -> !question.option(value).map(Option::exclusive).orElse(true))
                    .forEach(ticked::add);
        }
        values.forEach(value -> ticked.add((String) value));
        List<String> ordered = new ArrayList<>();
        question.options().stream().map(Option::value).filter(ticked::contains).forEach(ordered::add);
        return new Answer.Choices(ordered);
    }

    private static double points(Question question, Answer answer) {
        return answer instanceof Answer.DontKnow || answer == null ? 0 : Scorer.earned(question, answer);
    }
}
