package org.readiness.team.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.ui.PageMarkup;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.team.Invitations;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/**
 * The team page's result, for a team whose IT person answered before its two owners: the role × area table with
 * how many people each row averages, in the legend's order, and the next steps with who answered what.
 */
class RoleAreaTablePageTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Test
    void each_role_row_says_how_many_people_it_averages_in_the_legends_order_and_the_team_row_comes_last() {
        navigate(TeamView.location(teamOfThree().coordinatorToken().value()));

        // The table is one element of markup (read-only text), read as the browser gets it.
        List<Element> rows = PageMarkup.select("table.role-area-table > tbody > tr");
        assertThat(rows).extracting(row -> row.children().eachText()).containsExactly(
                List.of("Owner (2)", "50", "50"),
                List.of("IT (1)", "0", "100"),
                List.of("Team", "47", "83"));
        assertThat(rows.subList(0, 2)).extracting(row -> row.attr("data-role")).containsExactly("owner", "it");
        assertThat(PageMarkup.single("table.role-area-table > caption").text()).isNotBlank();
    }

    @Test
    void the_next_steps_say_because_the_team_answered_and_who_answered_what() {
        navigate(TeamView.location(teamOfThree().coordinatorToken().value()));

        // The next steps are one element of markup (read-only text), read as the browser gets it.
        Element nameOwner = _find(Html.class).stream()
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml())
                        .select("li.action[data-action=name-owner]").stream())
                .findFirst().orElseThrow();
        assertThat(nameOwner.select(".because-label").text()).isEqualTo("Because the team answered:");
        assertThat(nameOwner.text()).contains("Owner? \u2192 Owner (Åsa): Yes · IT (Bo), Owner (Cay): No");
    }

    /**
     * Bo (IT): no owner, knowledge 1, OMS and ERP, five IT people: people 0, systems 100. Åsa (owner): owner, full
     * time, knowledge 5, the OMS: 100 and 50. Cay (owner): no owner, knowledge 1, the OMS: 0 and 50. The team merges
     * the points per question, not the rows: people 4.67 of 10 (47), systems 6.67 of 8 (83).
     */
    private StartedTeam teamOfThree() {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        long teamId = team.team().id();
        long bo = invitations.invite(teamId, "it", "Bo", null, "en").member().assessmentId();
        long asa = invitations.invite(teamId, "owner", "Åsa", null, "en").member().assessmentId();
        long cay = invitations.invite(teamId, "owner", "Cay", null, "en").member().assessmentId();
        answers.save(bo, "owner", answer("no"), 0);
        answers.save(bo, "knowledge", answer(1), 0);
        answers.save(bo, "platforms", answer(List.of("oms", "erp")), 0);
        answers.save(bo, "it-people", answer(5), 0);
        assessments.finish(bo);
        answers.save(asa, "owner", answer("yes"), 0);
        answers.save(asa, "owner-time", answer("full"), 0);
        answers.save(asa, "knowledge", answer(5), 0);
        answers.save(asa, "platforms", answer(List.of("oms")), 0);
        assessments.finish(asa);
        answers.save(cay, "owner", answer("no"), 0);
        answers.save(cay, "knowledge", answer(1), 0);
        answers.save(cay, "platforms", answer(List.of("oms")), 0);
        assessments.finish(cay);
        return team;
    }
}
