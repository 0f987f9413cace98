package org.readiness.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.Role;
import org.readiness.questionnaire.Action;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** Plans as stored: made from a client's result, changed, carried on into the next assessment and checked there. */
@SpringBootTest
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    AssessmentResults results;

    private Client client;

    @BeforeEach
    void aConsultantWithAClient() {
        loginAs("admin", "ADMIN");
        String name = accounts.create("plan-" + UUID.randomUUID().toString().substring(0, 8), "Per",
                "a-long-password-3", Role.CONSULTANT).username();
        loginAs(name, "CONSULTANT");
        client = clients.create(new ClientDetails("Planning AB", null, null, null));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_plan_suggests_the_cheapest_way_and_starts_its_matrix_with_one_accountable_per_row() {
        AssessmentResult result = finishedInterview(List.of("oms"));
        StoredPlan plan = plans.planFor(result, "en");

        assertThat(plan.clientId()).isEqualTo(client.id());
        assertThat(plan.actions()).extracting(PlannedAction::actionId).containsExactly("integrate");
        assertThat(plan.people()).extracting(Person::name).isNotEmpty();
        List<String> rows = RaciRows.of(result.evaluation().questionnaire(), plan.actions());
        assertThat(rows).containsExactly("area:people", "area:systems", "action:integrate");
        assertThat(RaciCheck.problems(rows, plan.people(), plan.raci())).isEmpty();
        assertThat(plans.planFor(result, "en").id()).as("made once").isEqualTo(plan.id());
    }

    @Test
    void a_second_accountable_is_said_and_notes_of_a_checkpoint_are_kept_as_typed() {
        StoredPlan plan = plans.planFor(finishedInterview(List.of("oms")), "en");
        Person someone = plan.people().get(0);
        long other = plans.addPerson(plan, "  Eva Ek ", null);
        plans.setCell(plans.find(plan.id()).orElseThrow(), "area:people", other, Raci.A);
        StoredPlan changed = plans.find(plan.id()).orElseThrow();

        assertThat(changed.person(other)).map(Person::name).contains("Eva Ek");
        assertThat(RaciCheck.problems(RaciRows.of(fixtureQuestionnaire(changed), changed.actions()), changed.people(),
                changed.raci())).singleElement().satisfies(problem -> {
                    assertThat(problem.rowKey()).isEqualTo("area:people");
                    assertThat(problem.accountable()).extracting(Person::id).contains(other);
                });
        assertThat(someone).isNotNull();
        LocalDate day = LocalDate.of(2027, 3, 1);
        assertThat(plans.saveCheckpointText(plan.id(), day, false, "Budget agreed")).isTrue();
        assertThat(plans.saveCheckpointText(plan.id(), day, true, "x".repeat(PlanService.TEXT_LIMIT + 1))).isFalse();
        assertThat(plans.checkpoints(plan.id())).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.notes()).isEqualTo("Budget agreed");
            assertThat(checkpoint.decisions()).isEmpty();
        });
    }

    @Test
    void the_next_assessment_carries_on_the_open_actions_and_flags_a_done_one_whose_answer_did_not_change() {
        AssessmentResult first = finishedInterview(List.of("oms"));
        StoredPlan plan = plans.planFor(first, "en");
        Action nameOwner = first.evaluation().questionnaire().actions().stream()
                .filter(action -> action.id().equals("name-owner")).findFirst().orElseThrow();
        plans.choose(plan, first.evaluation().questionnaire(), nameOwner, true);
        PlannedAction integrate = plans.find(plan.id()).orElseThrow().action("integrate").orElseThrow();
        plans.update(plans.find(plan.id()).orElseThrow(), new PlannedAction("integrate", integrate.position(), "Eva",
                null, LocalDate.of(2027, 2, 1), Status.DONE, "Signed with the ERP partner", null));
        assertThat(plans.find(plan.id()).orElseThrow().action("integrate").orElseThrow().doneAt()).isNotNull();

        AssessmentResult second = reassessed(first.assessment().id());
        StoredPlan next = plans.planFor(second, "en");

        assertThat(next.previousPlanId()).isEqualTo(plan.id());
        assertThat(next.action("name-owner")).as("open, carried on").isPresent();
        // Done, so not carried on; its answer did not move, so the cheapest way suggests it again, as new.
        assertThat(next.action("integrate")).hasValueSatisfying(again -> {
            assertThat(again.status()).isEqualTo(Status.PLANNED);
            assertThat(again.ownerName()).isNull();
        });
        StoredPlan before = plans.find(plan.id()).orElseThrow();
        assertThat(DidItWork.of(before, first.evaluation().questionnaire(), first.assessment().answers(),
                second.evaluation().questionnaire(), second.assessment().answers()))
                .singleElement().satisfies(check -> {
                    assertThat(check.action().id()).isEqualTo("integrate");
                    assertThat(check.moved()).isFalse();
                    assertThat(check.unchanged()).containsExactly("platforms");
                });
    }

    @Test
    void a_merchant_who_answers_again_from_the_plan_gets_a_plan_that_carries_it_on_and_checks_the_done_actions() {
        SecurityContextHolder.clearContext();
        AssessmentService.Started merchant = assessments.start("scoring-fixture", "en");
        Weak.answerAndFinish(answers, assessments, merchant.assessment().id(), List.of("oms"));
        AssessmentResult first = results.of(merchant.token()).orElseThrow();
        StoredPlan plan = plans.planFor(first, "en");
        PlannedAction integrate = plan.action("integrate").orElseThrow();
        plans.update(plan, new PlannedAction("integrate", integrate.position(), null, "technology", null, Status.DONE,
                "", null));

        AssessmentService.Started again = plans.assessAgain(plans.find(plan.id()).orElseThrow(), "en");
        assertThat(again.token()).isNotEqualTo(merchant.token());
        assertThat(again.assessment().answers().asMap()).as("started from today's answers")
                .isEqualTo(first.assessment().answers().asMap());
        assessments.finish(again.assessment().id());
        AssessmentResult second = results.of(again.token()).orElseThrow();
        StoredPlan next = plans.planFor(second, "en");

        assertThat(next.previousPlanId()).isEqualTo(plan.id());
        assertThat(DidItWork.of(plans.find(plan.id()).orElseThrow(), first.evaluation().questionnaire(),
                first.assessment().answers(), second.evaluation().questionnaire(), second.assessment().answers()))
                .singleElement().satisfies(check -> {
                    assertThat(check.action().id()).isEqualTo("integrate");
                    assertThat(check.moved()).isFalse();
                });
        assertThat(plans.planFor(first, "en").id()).as("the first result keeps its own plan").isEqualTo(plan.id());
    }

    private AssessmentResult finishedInterview(List<String> platforms) {
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        Weak.answerAndFinish(answers, assessments, id, platforms);
        return interviews.result(id);
    }

    /** The client again, starting from the last answers: the owner is named now, the platforms are as they were. */
    private AssessmentResult reassessed(long firstId) {
        long id = interviews.reassess(client.id(), "en").orElseThrow().assessment().id();
        answers.save(id, "owner", answer("yes"), interviews.assessment(id).revisions().getOrDefault("owner", 0));
        answers.save(id, "owner-time", answer("full"), 0);
        assessments.finish(id);
        assertThat(id).isNotEqualTo(firstId);
        return interviews.result(id);
    }

    private org.readiness.questionnaire.Questionnaire fixtureQuestionnaire(StoredPlan plan) {
        return interviews.result(plan.assessmentId()).evaluation().questionnaire();
    }

    private static void loginAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
