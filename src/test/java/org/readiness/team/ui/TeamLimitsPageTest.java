package org.readiness.team.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import static org.readiness.team.ui.TeamPages.invite;

/**
 * What a coordinator sees at the team feature's limits: a public address too long for a QR code (issue 20, point 8),
 * the hour's invitations used up, and the hour's new teams from one address used up (issue 20, point 5).
 */
@TestPropertySource(properties = {"readiness.team.invitations-per-hour=2", "readiness.team.new-teams-per-hour=2"})
class TeamLimitsPageTest extends KaribuTest {

    /** A public address of 3,000 characters and more, as in the report. */
    @DynamicPropertySource
    static void longPublicAddress(DynamicPropertyRegistry properties) {
        properties.add("readiness.public-url", () -> "https://readiness.example/" + "a".repeat(3000));
    }

    @Autowired
    TeamService teams;

    @Autowired
    AnswerService answers;

    @Autowired
    AssessmentService assessments;

    @Test
    void a_public_address_too_long_for_a_qr_code_leaves_every_other_part_of_the_pages_and_says_why() {
        String token = teamWithProfile();
        navigate("team/" + token);

        assertThat(_find(Svg.class, spec -> spec.withClasses("team-qr"))).isEmpty();
        String link = _get(TextField.class, spec -> spec.withLabel("Join link for the room")).getValue();
        assertThat(link.length()).isGreaterThan(3000);
        assertThat(_get(Paragraph.class, spec -> spec.withText("The join link is " + String.format("%,d",
                link.length()) + " characters long, too long for a QR code: people can type the short code, or open "
                + "the link.")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Create the invitation")).isVisible()).isTrue();

        navigate("team/" + token + "/present");
        assertThat(_find(Svg.class, spec -> spec.withClasses("presenter-qr"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("presenter-code")).getText()).matches("...-...");
    }

    @Test
    void the_team_page_says_when_the_hours_invitations_are_used_up_and_keeps_what_was_typed() {
        navigate("team/" + teamWithProfile());
        invite("Owner", "Åsa");
        invite("IT", "Bo");

        TextField name = _get(TextField.class, spec -> spec.withLabel("Name (optional)"));
        name.setValue("Cay");
        _click(_get(Button.class, spec -> spec.withText("Create the invitation")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-invite-problem")).getText())
                .matches("This team has had 2 invitations in the last hour, the most an hour allows\\. Try again in "
                        + "\\d+ minutes\\.");
        assertThat(name.getValue()).isEqualTo("Cay");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-count")).getText())
                .isEqualTo("0 of 2 have sent their answers");
    }

    @Test
    void the_start_page_says_when_this_address_has_started_the_hours_teams() {
        for (int started = 0; started < 2; started++) {
            navigate("");
            _click(_get(Button.class, spec -> spec.withText("Assess with your team")));
            assertThat(TeamPages.currentPath()).startsWith("assessment/step/");
        }
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Assess with your team")));

        assertThat(TeamPages.currentPath()).isEmpty();
        expectNotifications("This address has started 2 team assessments in the last hour, the most an hour allows. "
                + "Try again in 60 minutes.");
    }

    /** A team started without the start page (so no address counts it), its profile answered; its coordinator token. */
    private String teamWithProfile() {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);
        assessments.finish(team.profile().id());
        return team.coordinatorToken().value();
    }
}
