package org.readiness.team.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.questionnaire.Role;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.team.ui.TeamPages.answerAsIt;
import static org.readiness.team.ui.TeamPages.answerAsOwner;
import static org.readiness.team.ui.TeamPages.checks;
import static org.readiness.team.ui.TeamPages.choose;
import static org.readiness.team.ui.TeamPages.currentPath;
import static org.readiness.team.ui.TeamPages.invite;
import static org.readiness.team.ui.TeamPages.path;
import static org.readiness.team.ui.TeamPages.role;
import static org.readiness.team.ui.TeamPages.roles;
import static org.readiness.team.ui.TeamPages.startTeamWithProfile;
import static org.readiness.team.ui.TeamPages.states;

/** A team assessment through its pages: started on the start page, answered by two people, merged on the team page. */
class TeamPageTest extends KaribuTest {

    @Test
    void a_coordinator_invites_two_people_and_sees_their_result_and_where_they_disagree() {
        String teamPage = startTeamWithProfile();
        String owner = invite("Owner", "Åsa");
        String it = invite("IT", "");
        assertThat(states()).containsExactly("Invited", "Invited");

        answerAsOwner(owner);
        navigate(teamPage);
        assertThat(states()).containsExactly("Sent", "Invited");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "One view so far, from Owner (Åsa). The team’s result takes shape as more people send their answers."))
                .isVisible()).isTrue();

        answerAsIt(it);
        navigate(teamPage);
        assertThat(states()).containsExactly("Sent", "Sent");
        List<ListItem> disagreements = _find(ListItem.class, spec -> spec.withClasses("disagreement"));
        assertThat(disagreements).extracting(item -> item.getElement().getAttribute("data-question"))
                .containsExactly("owner", "knowledge", "platforms");
        assertThat(disagreements.get(0).getElement().getTextRecursively())
                .contains("Owner?", "Owner (Åsa): Yes", "IT: No");
    }

    @Test
    void the_room_joins_by_the_join_link_until_the_coordinator_closes_it() {
        String teamPage = startTeamWithProfile();
        String join = _get(TextField.class, spec -> spec.withLabel("Join link for the room")).getValue();

        navigate(path(join));
        _setValue(roles(), role("IT"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name (optional)")), "Bo");
        _click(_get(Button.class, spec -> spec.withText("Start answering")));
        assertThat(currentPath()).startsWith("assessment/step/");

        navigate(teamPage);
        assertThat(states()).containsExactly("Invited");
        _click(_get(Button.class, spec -> spec.withText("Close the join link")));
        navigate(path(join));
        assertThat(_get(H1.class).getText()).isEqualTo("This join link is closed");

        navigate("assessment/step/people-step");
        choose("Owner?", "no");
        choose("Knowledge?", "2");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        checks("Platforms?", "erp");
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        assertThat(_get(H1.class).getText()).as("who joined before it closed finishes all the same")
                .isEqualTo("Thank you: your answers are in");
        navigate(teamPage);
        assertThat(states()).containsExactly("Sent");
    }

    @Test
    void a_respondent_is_told_who_sees_their_answers_and_can_delete_them_once_sent() {
        startTeamWithProfile();
        String owner = invite("Owner", "Åsa");

        navigate(path(owner));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("journey-notice")).getText())
                .isEqualTo("Who sees your answers: the person who coordinates this team assessment, with your role "
                        + "and name, Owner (Åsa).");
        answerAsOwner(owner);

        _click(_get(Button.class, spec -> spec.withText("Delete my answers")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(_getHeader(dialog)).isEqualTo("Delete your answers?");
        _fireConfirm(dialog);
        assertThat(_get(H1.class).getText()).isEqualTo("Your answers are deleted");
    }
}
