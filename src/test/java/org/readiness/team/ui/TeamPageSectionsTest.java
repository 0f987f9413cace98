package org.readiness.team.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.team.Invitation;
import org.readiness.team.Invitations;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import static org.readiness.team.ui.TeamPages.states;

/** A later read of the team makes anew only the sections whose part of the team changed. */
class TeamPageSectionsTest extends KaribuTest {

    private TeamService teams() {
        return context.getBean(TeamService.class);
    }

    private StartedTeam teamWithProfile() {
        StartedTeam team = teams().start("scoring-fixture", "en", null);
        context.getBean(AnswerService.class).save(team.profile().id(), "size", answer("medium"), 0);
        context.getBean(AssessmentService.class).finish(team.profile().id());
        return team;
    }

    private TeamPage open(StartedTeam team) {
        TeamPage page = new TeamPage(context.getBean(TeamPageParts.class), teams().get(team.team().id()).orElseThrow(),
                new TeamPage.Access(null, "team/profile", "team/presenter", null), "en");
        UI.getCurrent().add(page);
        return page;
    }

    @Test
    void an_answer_given_shows_in_who_takes_part_and_leaves_the_result_as_it_was() {
        StartedTeam team = teamWithProfile();
        Invitation owner = context.getBean(Invitations.class).invite(team.team().id(), "owner", "Åsa", null, "en");
        TeamPage page = open(team);
        Section result = _get(TeamResultSection.class);
        assertThat(states()).containsExactly("Invited");

        context.getBean(AnswerService.class).save(owner.member().assessmentId(), "owner", answer("yes"), 0);
        page.refresh();

        assertThat(states()).containsExactly("Answering");
        assertThat(_get(TeamResultSection.class)).as("the result is the one made before").isSameAs(result);
    }

    @Test
    void an_answer_given_makes_anew_only_the_row_of_who_gave_it() {
        StartedTeam team = teamWithProfile();
        Invitation owner = context.getBean(Invitations.class).invite(team.team().id(), "owner", "Åsa", null, "en");
        context.getBean(Invitations.class).invite(team.team().id(), "it", "Bo", null, "en");
        TeamPage page = open(team);
        List<NativeTableRow> before = memberRows();

        context.getBean(AnswerService.class).save(owner.member().assessmentId(), "owner", answer("yes"), 0);
        page.refresh();

        List<NativeTableRow> after = memberRows();
        assertThat(states()).containsExactly("Answering", "Invited");
        assertThat(after.get(0)).isNotSameAs(before.get(0));
        assertThat(after.get(1)).as("the row of who did not answer").isSameAs(before.get(1));
    }

    private static List<NativeTableRow> memberRows() {
        return _find(NativeTableRow.class).stream().filter(row -> row.getElement().hasAttribute("data-state")).toList();
    }

    @Test
    void a_respondent_sending_their_answers_makes_the_result_anew() {
        StartedTeam team = teamWithProfile();
        Invitation owner = context.getBean(Invitations.class).invite(team.team().id(), "owner", "Åsa", null, "en");
        context.getBean(AnswerService.class).save(owner.member().assessmentId(), "owner", answer("yes"), 0);
        TeamPage page = open(team);
        Section result = _get(TeamResultSection.class);

        context.getBean(AssessmentService.class).finish(owner.member().assessmentId());
        page.refresh();

        assertThat(states()).containsExactly("Sent");
        assertThat(_get(TeamResultSection.class)).isNotSameAs(result);
        assertThat(_get(TeamResultSection.class).getElement().getTextRecursively()).contains("One view so far");
    }
}
