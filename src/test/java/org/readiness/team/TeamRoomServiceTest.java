package org.readiness.team;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.SaveResult;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readiness.questionnaire.Fixtures.answer;

/** The team in the room, as stored: sent is sent, lock and reveal, withdrawing, anonymous teams, the profile. */
@SpringBootTest
class TeamRoomServiceTest extends TeamFixture {

    @Test
    void a_sent_answer_cannot_change_until_it_is_taken_back_and_sending_again_says_so() {
        StartedTeam team = startedWithProfile();
        Invitation owner = invitations.invite(team.team().id(), "owner", "Åsa", null, "en");
        long id = owner.member().assessmentId();
        answerAsOwner(id);
        assessments.finish(id);

        SaveResult refused = answers.save(id, "knowledge", answer(1), revision(id, "knowledge"));
        assertThat(refused).isInstanceOfSatisfying(SaveResult.Refused.class, each ->
                assertThat(each.problem().kind()).isEqualTo(AnswerProblem.Kind.SENT));
        assertThat(assessments.find(owner.token()).orElseThrow().answers().get("knowledge")).contains(answer(5));

        assertThat(invitations.takeBack(id)).isTrue();
        assertThat(member(team)).satisfies(member -> {
            assertThat(member.state()).isEqualTo(Member.State.ANSWERING);
            assertThat(member.takenBack()).isTrue();
        });
        assertThat(answers.save(id, "knowledge", answer(1), revision(id, "knowledge")))
                .isInstanceOf(SaveResult.Saved.class);
        assessments.finish(id);
        assertThat(member(team).state()).isEqualTo(Member.State.FINISHED);
        assertThat(teams.overview(team.team().id()).evaluation().orElseThrow().evaluation().answers().get("knowledge"))
                .contains(answer(1));
    }

    @Test
    void a_locked_team_takes_no_change_no_send_no_joiner_and_no_invitation_until_it_is_unlocked() {
        StartedTeam team = startedWithProfile();
        long teamId = team.team().id();
        Invitation owner = invitations.invite(teamId, "owner", null, null, "en");
        Invitation it = invitations.invite(teamId, "it", null, null, "en");
        answerAsOwner(owner.member().assessmentId());
        assessments.finish(owner.member().assessmentId());
        String code = teams.joinCode(teamId);

        assertThat(teams.reveal(teamId)).as("only a locked team's result is revealed").isFalse();
        teams.lock(teamId);

        long itId = it.member().assessmentId();
        assertThat(answers.save(itId, "owner", answer("no"), 0)).isInstanceOfSatisfying(SaveResult.Refused.class,
                each -> assertThat(each.problem().kind()).isEqualTo(AnswerProblem.Kind.LOCKED));
        assertThat(assessments.finish(itId)).isFalse();
        assertThat(answers.save(team.profile().id(), "size", answer("small"), revision(team.profile().id(), "size")))
                .isInstanceOf(SaveResult.Refused.class);
        assertThat(invitations.takeBack(owner.member().assessmentId())).isFalse();
        assertThat(invitations.join(team.joinToken(), "it", null, "en")).isEmpty();
        assertThat(invitations.joinLinkOf(code)).isEmpty();
        assertThatThrownBy(() -> invitations.invite(teamId, "it", null, null, "en"))
                .isInstanceOfSatisfying(TeamProblem.class, problem ->
                        assertThat(problem.kind()).isEqualTo(TeamProblem.Kind.LOCKED));
        assertThat(teams.reveal(teamId)).isTrue();
        assertThat(teams.get(teamId).orElseThrow().isRevealed()).isTrue();

        teams.unlock(teamId);
        assertThat(teams.get(teamId).orElseThrow()).satisfies(unlocked -> {
            assertThat(unlocked.isLocked()).isFalse();
            assertThat(unlocked.isRevealed()).as("unlocking hides the result again").isFalse();
        });
        assertThat(answers.save(itId, "owner", answer("no"), 0)).isInstanceOf(SaveResult.Saved.class);
        assertThat(invitations.joinLinkOf(JoinCode.shown(code).toLowerCase())).contains(team.joinToken());
    }

    @Test
    void a_withdrawn_invitation_no_longer_counts_and_its_link_stops_working_but_a_started_one_stays() {
        StartedTeam team = startedWithProfile();
        long teamId = team.team().id();
        Invitation owner = invitations.invite(teamId, "owner", "Åsa", null, "en");
        Invitation it = invitations.invite(teamId, "it", "Bo", null, "en");
        answerAsOwner(owner.member().assessmentId());

        assertThat(invitations.withdraw(teamId, owner.member().id())).as("Åsa has started").isFalse();
        assertThat(invitations.withdraw(teamId, it.member().id())).isTrue();

        TeamOverview overview = teams.overview(teamId);
        assertThat(overview.members()).extracting(Member::name).containsExactly("Åsa");
        assertThat(overview.counted()).isEqualTo(1);
        assertThat(assessments.find(it.token())).isEmpty();
    }

    @Test
    void those_who_deleted_their_answers_do_not_count_and_leave_neither_name_nor_address() {
        StartedTeam team = startedWithProfile();
        long teamId = team.team().id();
        Invitation owner = invitations.invite(teamId, "owner", "Åsa", null, "en");
        Invitation it = invitations.invite(teamId, "it", "Bo Ek", "bo@example.com", "en");
        answerAsOwner(owner.member().assessmentId());
        assessments.finish(owner.member().assessmentId());

        assessments.delete(it.token());

        TeamOverview overview = teams.overview(teamId);
        assertThat(overview.members()).extracting(Member::state)
                .containsExactly(Member.State.FINISHED, Member.State.DELETED);
        assertThat(overview.members().get(1).name()).isNull();
        assertThat(overview.members().get(1).email()).isNull();
        assertThat(overview.finished() + " of " + overview.counted()).isEqualTo("1 of 1");
        assertThat(teams.overview(teamId).members()).noneMatch(member -> "Bo Ek".equals(member.name()));
    }

    @Test
    void an_anonymous_team_keeps_no_name_whoever_gives_one() {
        StartedTeam team = teams.start(new TeamService.NewTeam("scoring-fixture", "en", true, null, null, null, null));
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());

        Invitation owner = invitations.invite(team.team().id(), "owner", "Åsa", null, "en");
        Invitation joined = invitations.join(team.joinToken(), "it", "Bo", "en").orElseThrow();

        assertThat(team.team().anonymous()).isTrue();
        assertThat(owner.member().name()).isNull();
        assertThat(joined.member().name()).isNull();
        assertThat(teams.overview(team.team().id()).members()).extracting(Member::name).containsOnlyNulls();
    }

    @Test
    void a_profile_changed_after_others_answered_is_no_difference_of_theirs() {
        StartedTeam team = startedWithProfile();
        long teamId = team.team().id();
        Invitation owner = invitations.invite(teamId, "owner", null, null, "en");
        answerAsOwner(owner.member().assessmentId());
        assessments.finish(owner.member().assessmentId());

        assertThat(answers.save(team.profile().id(), "size", answer("small"), revision(team.profile().id(), "size")))
                .isInstanceOf(SaveResult.Saved.class);

        var result = teams.overview(teamId).evaluation().orElseThrow();
        assertThat(result.profileDifferences()).isEmpty();
        assertThat(result.evaluation().answers().get("size")).contains(answer("small"));
    }

    @Test
    void a_name_is_kept_on_one_line_whatever_line_breaks_it_was_typed_with() {
        StartedTeam team = startedWithProfile();

        Invitation invitation = invitations.invite(team.team().id(), "it", "Bo\r\nBcc: x@evil.test\u2028Ek", null,
                "en");

        assertThat(invitation.member().name()).isEqualTo("Bo Bcc: x@evil.test Ek");
    }

    @Test
    void a_short_code_is_read_as_people_type_it() {
        assertThat(JoinCode.parse("k7m q2p")).contains("K7MQ2P");
        assertThat(JoinCode.parse("K7M-Q2P")).contains("K7MQ2P");
        assertThat(JoinCode.parse("K7M-Q2")).isEmpty();
        assertThat(JoinCode.parse("O0I1L5")).as("no look-alikes").isEmpty();
        assertThat(JoinCode.shown("K7MQ2P")).isEqualTo("K7M-Q2P");
        assertThat(JoinCode.generate()).matches("[" + JoinCode.ALPHABET + "]{6}");
    }

    private Member member(StartedTeam team) {
        return teams.overview(team.team().id()).members().get(0);
    }

    private int revision(long assessmentId, String questionId) {
        return assessments.open(assessmentId).orElseThrow().revisions().getOrDefault(questionId, 0);
    }

}
