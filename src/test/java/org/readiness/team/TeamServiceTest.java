package org.readiness.team;

import org.readiness.merge.TeamEvaluation;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.ResumeToken;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readiness.questionnaire.Fixtures.answer;

/** Team assessments stored as they are answered, on the scoring fixture's "owner" and "it" roles. */
@SpringBootTest
class TeamServiceTest extends TeamFixture {

    @Test
    void a_respondent_starts_with_the_profile_answered_and_counts_once_finished() {
        StartedTeam team = startedWithProfile();
        Invitation owner = invitations.invite(team.team().id(), "owner", "Åsa", null, "en");
        Invitation it = invitations.invite(team.team().id(), "it", null, null, "en");

        assertThat(assessments.find(owner.token()).orElseThrow().answers().get("size")).contains(answer("medium"));
        assertThat(teams.overview(team.team().id()).members()).extracting(Member::state)
                .containsExactly(Member.State.INVITED, Member.State.INVITED);

        answerAsOwner(owner.member().assessmentId());
        assertThat(teams.overview(team.team().id()).members()).extracting(Member::state)
                .containsExactly(Member.State.ANSWERING, Member.State.INVITED);
        assertThat(teams.overview(team.team().id()).evaluation()).isEmpty();

        assessments.finish(owner.member().assessmentId());
        answerAsIt(it);
        assessments.finish(it.member().assessmentId());

        TeamOverview overview = teams.overview(team.team().id());
        assertThat(overview.members()).extracting(Member::state)
                .containsExactly(Member.State.FINISHED, Member.State.FINISHED);
        TeamEvaluation merged = overview.evaluation().orElseThrow();
        assertThat(merged.respondents()).hasSize(2);
        assertThat(merged.evaluation().score().overall()).isEqualTo(81);
        assertThat(merged.disagreementOn("owner")).isPresent();
    }

    @Test
    void the_join_link_lets_people_in_until_the_coordinator_closes_it() {
        StartedTeam team = startedWithProfile();

        assertThat(invitations.join(team.joinToken(), "it", "Bo", "sv")).isPresent();
        invitations.setJoinOpen(team.team().id(), false);

        assertThat(invitations.join(team.joinToken(), "it", "Cay", "sv")).isEmpty();
        assertThat(invitations.join(ResumeToken.generate(), "it", null, "sv")).isEmpty();
        assertThat(teams.overview(team.team().id()).members()).extracting(Member::name).containsExactly("Bo");
    }

    @Test
    void a_respondent_who_deletes_their_answers_leaves_the_merge_and_the_page_says_so() {
        StartedTeam team = startedWithProfile();
        Invitation owner = invitations.invite(team.team().id(), "owner", null, null, "en");
        Invitation it = invitations.invite(team.team().id(), "it", null, null, "en");
        answerAsOwner(owner.member().assessmentId());
        assessments.finish(owner.member().assessmentId());
        answerAsIt(it);
        assessments.finish(it.member().assessmentId());

        assessments.delete(it.token());

        TeamOverview overview = teams.overview(team.team().id());
        assertThat(overview.members()).extracting(Member::state)
                .containsExactly(Member.State.FINISHED, Member.State.DELETED);
        assertThat(overview.deleted()).isEqualTo(1);
        assertThat(overview.evaluation().orElseThrow().isOneView()).isTrue();
    }

    @Test
    void an_unknown_role_a_long_name_and_a_wrong_address_are_refused() {
        long teamId = startedWithProfile().team().id();

        assertThatThrownBy(() -> invitations.invite(teamId, "finance", null, null, "en"))
                .isInstanceOfSatisfying(TeamProblem.class, problem ->
                        assertThat(problem.kind()).isEqualTo(TeamProblem.Kind.UNKNOWN_ROLE));
        assertThatThrownBy(() -> invitations.invite(teamId, "it", "x".repeat(201), null, "en"))
                .isInstanceOfSatisfying(TeamProblem.class, problem ->
                        assertThat(problem.kind()).isEqualTo(TeamProblem.Kind.NAME_TOO_LONG));
        assertThatThrownBy(() -> invitations.invite(teamId, "it", null, "not an address", "en"))
                .isInstanceOfSatisfying(TeamProblem.class, problem ->
                        assertThat(problem.kind()).isEqualTo(TeamProblem.Kind.EMAIL_INVALID));
        assertThat(teams.overview(teamId).members()).isEmpty();
    }

    @Test
    void a_reassessment_invites_the_same_roles_and_people_again_and_keeps_the_profile() {
        StartedTeam team = startedWithProfile();
        invitations.invite(team.team().id(), "owner", "Åsa", null, "en");
        invitations.invite(team.team().id(), "it", "Bo", null, "en");

        TeamService.ReassessedTeam again = teams.reassess(team.team().id(), "en");

        assertThat(again.team().team().previousTeamId()).isEqualTo(team.team().id());
        assertThat(again.team().profile().answers().get("size")).contains(answer("medium"));
        assertThat(again.invitations()).extracting(invitation -> invitation.member().roleId())
                .containsExactly("owner", "it");
        assertThat(again.invitations()).extracting(invitation -> invitation.member().name())
                .containsExactly("Åsa", "Bo");
    }

    @Test
    void deleting_a_team_deletes_its_profile_and_every_respondents_answers() {
        StartedTeam team = startedWithProfile();
        Invitation owner = invitations.invite(team.team().id(), "owner", null, null, "en");

        assertThat(teams.delete(team.team().id())).isTrue();

        assertThat(teams.get(team.team().id())).isEmpty();
        assertThat(assessments.find(owner.token())).isEmpty();
        assertThat(assessments.find(team.profileToken())).isEmpty();
    }

    private void answerAsIt(Invitation it) {
        long id = it.member().assessmentId();
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", answer(1), 0);
        answers.save(id, "platforms", answer(List.of("oms", "erp")), 0);
        answers.save(id, "it-people", answer(5), 0);
    }
}
