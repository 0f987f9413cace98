package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.base.ui.CopyableLink;
import org.readiness.base.ui.Languages;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.team.ui.TeamPages.answerAsOwner;
import static org.readiness.team.ui.TeamPages.choose;
import static org.readiness.team.ui.TeamPages.currentPath;
import static org.readiness.team.ui.TeamPages.invite;
import static org.readiness.team.ui.TeamPages.path;
import static org.readiness.team.ui.TeamPages.startTeamWithProfile;
import static org.readiness.team.ui.TeamPages.states;

/** The team page as a tool in the room: sent is sent, taking back, the language menu, links, lock and presenter. */
class TeamRoomPageTest extends KaribuTest {

    @Test
    void a_sent_respondent_finds_the_thanks_on_every_step_they_open_and_changes_nothing() {
        startTeamWithProfile();
        String owner = invite("Owner", "Åsa");
        answerAsOwner(owner);

        for (String step : List.of("assessment/step/people-step", "assessment/step/systems-step")) {
            navigate(step);
            assertThat(_get(H1.class).getText()).as(step).isEqualTo("Thank you: your answers are in");
        }
        navigate(path(owner));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you: your answers are in");
    }

    @Test
    void taking_answers_back_shows_on_the_coordinators_page_and_so_does_sending_them_again() {
        String teamPage = startTeamWithProfile();
        String owner = invite("Owner", "Åsa");
        answerAsOwner(owner);

        _click(_get(Button.class, spec -> spec.withText("Take back my answers to change them")));
        assertThat(currentPath()).startsWith("assessment/step/");
        navigate(teamPage);
        assertThat(states()).containsExactly("Took their answers back to change them");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-count")).getText())
                .isEqualTo("0 of 1 have sent their answers");

        navigate("assessment/step/systems-step");
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        navigate(teamPage);
        assertThat(states()).containsExactly("Sent again");
    }

    @Test
    void the_language_menu_changes_the_team_page_at_once_and_keeps_what_was_typed_and_the_links_shown() {
        startTeamWithProfile();
        invite("Owner", "Åsa");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name (optional)")), "Bo");

        switchLanguage(Languages.SWEDISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Ditt teams bedömning");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn (frivilligt)")).getValue()).isEqualTo("Bo");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Personlig länk för Ägare (Åsa)")).getValue())
                .contains("team/answer/");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-count")).getText())
                .isEqualTo("0 av 1 har skickat sina svar");
    }

    @Test
    void a_personal_link_opened_in_a_swedish_browser_speaks_swedish_role_and_notice_included() {
        startTeamWithProfile();
        String owner = invite("Owner", "Åsa");

        continueAsVisitor();
        switchLanguage(Languages.SWEDISH);
        navigate(path(owner));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("journey-notice")).getText())
                .isEqualTo("Vem som ser dina svar: den som samordnar teambedömningen, tillsammans med din roll och "
                        + "ditt namn, Ägare (Åsa).");
        switchLanguage(Languages.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("journey-notice")).getText())
                .isEqualTo("Who sees your answers: the person who coordinates this team assessment, with your role "
                        + "and name, Owner (Åsa).");
    }

    @Test
    void a_new_link_strikes_the_old_one_through_and_a_withdrawn_invitation_leaves_the_count() {
        startTeamWithProfile();
        invite("Owner", "Åsa");
        invite("IT", "Bo");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "New link for Owner (Åsa)")));
        assertThat(_find(CopyableLink.class, spec -> spec.withClasses("replaced"))).hasSize(1);
        assertThat(_get(CopyableLink.class, spec -> spec.withClasses("replaced"))
                .getChildren().filter(TextField.class::isInstance).map(field -> ((TextField) field).getHelperText())
                .findFirst()).contains("Replaced by a new link: this one no longer works.");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Withdraw the invitation of IT (Bo)")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-count")).getText())
                .isEqualTo("0 of 1 have sent their answers");
    }

    @Test
    void a_locked_team_tells_late_joiners_and_unsent_respondents_and_the_presenter_reveals_one_question_at_a_time() {
        String teamPage = startTeamWithProfile();
        String owner = invite("Owner", "Åsa");
        String it = invite("IT", "");
        String join = _get(TextField.class, spec -> spec.withLabel("Join link for the room")).getValue();
        answerAsOwner(owner);
        TeamPages.answerAsIt(it);
        String third = inviteAndOpen(teamPage);

        navigate(teamPage);
        _click(_get(Button.class, spec -> spec.withText("Lock the team")));
        navigate(path(join));
        assertThat(_get(H1.class).getText()).isEqualTo("This team is locked");
        navigate(path(third));
        assertThat(_get(H1.class).getText()).isEqualTo("Your team is locked");

        navigate(teamPage + "/present");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("presenter-count")).getText())
                .isEqualTo("2 of 3 have sent their answers");
        navigate(teamPage);
        _click(_get(Button.class, spec -> spec.withText("Reveal the result")));
        navigate(teamPage + "/present");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("presenter-place")).getText())
                .isEqualTo("Question 1 of 3");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("answer-bar")))
                .isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Next question")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("presenter-place")).getText())
                .isEqualTo("Question 2 of 3");
    }

    @Test
    void another_open_coordinator_page_shows_a_changed_profile_by_itself_and_localhost_is_named_a_dead_end() {
        String teamPage = startTeamWithProfile();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("team-localhost")).getText())
                .startsWith("Phones in the room cannot open this link: it points at localhost");
        String profileAnswer = profileText();
        var team = context.getBean(org.readiness.team.TeamService.class).byCoordinatorLink(
                org.readiness.assessment.ResumeToken.parse(teamPage.replace("team/", "")).orElseThrow()).orElseThrow();
        var answers = context.getBean(org.readiness.assessment.AnswerService.class);
        long profile = context.getBean(org.readiness.team.TeamService.class).profileOf(team.id()).id();
        answers.save(profile, "size", org.readiness.questionnaire.Fixtures.answer("small"),
                context.getBean(org.readiness.assessment.AssessmentService.class).open(profile).orElseThrow()
                        .revisions().get("size"));

        // The team watch tells the open page on its own thread; the page takes it at its next round trip.
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            return !profileText().equals(profileAnswer);
        });
        assertThat(profileText()).contains("Small");
    }

    private static String profileText() {
        return _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withClasses("team-profile"))
                .getElement().getTextRecursively();
    }

    /** Invites a third person who starts answering and does not send; returns their link. */
    private static String inviteAndOpen(String teamPage) {
        navigate(teamPage);
        String link = invite("IT", "Cay");
        navigate(path(link));
        choose("Owner?", "no");
        return link;
    }
}
