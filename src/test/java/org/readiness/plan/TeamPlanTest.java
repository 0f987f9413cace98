package org.readiness.plan;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.team.Invitation;
import org.readiness.team.Invitations;
import org.readiness.team.StartedTeam;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/**
 * A team's plan as stored, on the scoring fixture: made from the team's merged result, its projection lifting every
 * respondent's answers, and carried on into the plan of the team that re-assesses it.
 */
@SpringBootTest
class TeamPlanTest {

    @Autowired
    PlanService plans;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Test
    void a_teams_plan_is_made_once_and_suggests_what_reaches_the_next_band_once_every_respondent_is_lifted() {
        Team team = answeredTeam(teams.start("scoring-fixture", "en", null)).team();
        PlanSource source = source(team);

        StoredPlan plan = plans.planForTeam(source, team.previousTeamId(), "en");

        assertThat(plan.teamId()).isEqualTo(team.id());
        assertThat(plan.assessmentId()).isNull();
        assertThat(plan.previousPlanId()).isNull();
        // Today 28 ("Low"). Integrating lifts both seats' one platform to all: 47 ("Middle"); lifting one seat's
        // alone would make 38, still "Low".
        assertThat(plan.actions()).extracting(PlannedAction::actionId).containsExactly("integrate");
        Projection projection = Projection.of(source.base(), List.of(action(source, "integrate")));
        assertThat(projection.now().overall()).isEqualTo(28);
        assertThat(projection.projected().overall()).isEqualTo(47);
        assertThat(RaciCheck.problems(RaciRows.of(source.questionnaire(), plan.actions()), plan.people(),
                plan.raci())).isEmpty();
        assertThat(plans.planForTeam(source(team), team.previousTeamId(), "en").id()).as("made once")
                .isEqualTo(plan.id());
        assertThat(plans.ofTeam(team.id()).map(StoredPlan::id)).contains(plan.id());
    }

    @Test
    void a_reassessed_teams_plan_carries_on_the_open_actions_people_and_matrix_of_the_previous_teams_plan() {
        Team first = answeredTeam(teams.start("scoring-fixture", "en", null)).team();
        PlanSource firstSource = source(first);
        StoredPlan plan = plans.planForTeam(firstSource, null, "en");
        plans.choose(plan, firstSource.questionnaire(), action(firstSource, "name-owner"), true);
        PlannedAction nameOwner = plans.find(plan.id()).orElseThrow().action("name-owner").orElseThrow();
        plans.update(plans.find(plan.id()).orElseThrow(), new PlannedAction("name-owner", nameOwner.position(), "Eva",
                null, LocalDate.of(2027, 2, 1), Status.IN_PROGRESS, "Asked the board", null));
        PlannedAction integrate = plans.find(plan.id()).orElseThrow().action("integrate").orElseThrow();
        plans.update(plans.find(plan.id()).orElseThrow(), new PlannedAction("integrate", integrate.position(), null,
                null, null, Status.DONE, "", null));
        long eva = plans.addPerson(plans.find(plan.id()).orElseThrow(), "Eva Ek", null);
        plans.setCell(plans.find(plan.id()).orElseThrow(), "area:people", eva, Raci.R);

        TeamService.ReassessedTeam again = teams.reassess(first.id(), "en");
        assessments.finish(again.team().profile().id());
        sendWeakAnswers(again.invitations());
        Team second = again.team().team();
        StoredPlan next = plans.planForTeam(source(second), second.previousTeamId(), "en");

        assertThat(second.previousTeamId()).isEqualTo(first.id());
        assertThat(next.id()).isNotEqualTo(plan.id());
        assertThat(next.teamId()).isEqualTo(second.id());
        assertThat(next.previousPlanId()).isEqualTo(plan.id());
        assertThat(next.action("name-owner")).as("open, carried on as it stood").hasValueSatisfying(carried -> {
            assertThat(carried.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(carried.ownerName()).isEqualTo("Eva");
            assertThat(carried.due()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(carried.notes()).isEqualTo("Asked the board");
        });
        // Done, so not carried on; the answers did not move, so the cheapest way suggests it again, as new.
        assertThat(next.action("integrate")).hasValueSatisfying(suggested ->
                assertThat(suggested.status()).isEqualTo(Status.PLANNED));
        Person carriedEva = next.people().stream().filter(person -> person.name().equals("Eva Ek")).findFirst()
                .orElseThrow();
        assertThat(next.raci()).contains(new RaciCell("area:people", carriedEva.id(), Raci.R));
        assertThat(plans.find(plan.id()).orElseThrow().teamId()).as("the first team keeps its own plan")
                .isEqualTo(first.id());
    }

    /** The team's company profile finished, and an owner and an IT person who both send the weak answers. */
    private StartedTeam answeredTeam(StartedTeam team) {
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        sendWeakAnswers(List.of(invitations.invite(team.team().id(), "owner", "Åsa", null, "en"),
                invitations.invite(team.team().id(), "it", "Bo", null, "en")));
        return team;
    }

    /**
     * Each answers: no owner, knowledge unknown, one platform; IT also two IT people. People 0, systems 3 of 8:
     * the team's overall 28.
     */
    private void sendWeakAnswers(List<Invitation> invited) {
        for (Invitation invitation : invited) {
            long id = invitation.member().assessmentId();
            answers.save(id, "owner", answer("no"), 0);
            answers.save(id, "knowledge", Answer.dontKnow(), 0);
            answers.save(id, "platforms", answer(List.of("oms")), 0);
            if (invitation.member().roleId().equals("it")) {
                answers.save(id, "it-people", answer(2), 0);
            }
            assessments.finish(id);
        }
    }

    /** The team's result as a plan's source, as the plan page makes it. */
    private PlanSource source(Team team) {
        TeamOverview overview = teams.overview(team.id());
        var evaluation = overview.evaluation().orElseThrow();
        return new PlanSource(evaluation.evaluation(), new TeamAnswers(overview.questionnaire(),
                overview.profile().answers(), evaluation.respondents()), team.createdAt(),
                overview.profile().organisation(), null, team.id(), team.clientId());
    }

    private static Action action(PlanSource source, String id) {
        return source.questionnaire().actions().stream().filter(action -> action.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
