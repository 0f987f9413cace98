package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.ResumeToken;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.team.Invitation;
import org.readiness.team.Invitations;
import org.readiness.team.Team;
import org.readiness.team.TeamLimitReached;
import org.readiness.team.TeamProblem;
import org.readiness.team.TeamService;

import java.util.Optional;

/**
 * The workshop room's join link: pick the role you answer in, give your name if you like, and answer on your own
 * device (in an anonymous team no name is asked). A closed link or a locked team says so; people already answering are
 * not affected by a closed link.
 */
@Route(value = "team/join/:token", layout = MainLayout.class)
@AnonymousAllowed
public class TeamJoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "team/join/";

    private final TeamService teams;
    private final Invitations invitations;

    TeamJoinView(TeamService teams, Invitations invitations) {
        this.teams = teams;
        this.invitations = invitations;
        addClassName("team-join-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ResumeToken> token = ResumeToken.parse(event.getRouteParameters().get("token").orElse(""));
        Optional<Team> team = token.flatMap(teams::byJoinLink);
        if (team.isEmpty()) {
            message("team.join.unknown.heading", "team.join.unknown.text");
        } else if (team.get().isLocked()) {
            message("team.join.locked.heading", "team.join.locked.text");
        } else if (!team.get().joinOpen()) {
            message("team.join.closed.heading", "team.join.closed.text");
        } else {
            form(token.get(), team.get(), teams.profileOf(team.get().id()).questionnaire(), Languages.current());
        }
    }

    private void message(String heading, String text) {
        addClassName("message-page");
        add(new H1(getTranslation(heading)), new Paragraph(getTranslation(text)));
    }

    private void form(ResumeToken token, Team team, Questionnaire questionnaire, String language) {
        add(new H1(getTranslation("team.join.page-heading")), new Paragraph(questionnaire.title().in(language)),
                new Paragraph(getTranslation("team.join.intro")));
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("team.join.role"));
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        role.setItems(questionnaire.roles());
        role.setItemLabelGenerator(each -> each.description() == null ? each.label().in(language)
                : each.label().in(language) + " \u2014 " + each.description().in(language));
        role.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("team.invite.name"));
        name.setMaxLength(Invitations.NAME_LIMIT);
        name.setHelperText(getTranslation("team.join.name-help"));
        name.setVisible(!team.anonymous());
        Button start = new Button(getTranslation("team.join.start"), click -> {
            if (role.getValue() == null) {
                role.setErrorMessage(getTranslation("team.join.pick-a-role"));
                role.setInvalid(true);
                role.getElement().callJsFunction("focus");
                return;
            }
            try {
                Optional<Invitation> joined = invitations.join(token, role.getValue().id(), name.getValue(), language);
                if (joined.isEmpty()) {
                    removeAll();
                    message("team.join.closed.heading", "team.join.closed.text");
                    return;
                }
                getUI().ifPresent(ui -> ui.navigate(TeamAnswerView.PATH + joined.get().token().value()));
            } catch (TeamProblem problem) {
                name.setErrorMessage(getTranslation("team.problem." + problem.kind().name()));
                name.setInvalid(true);
            } catch (TeamLimitReached limit) {
                name.setErrorMessage(getTranslation("team.limit.join"));
                name.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(role, name, start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.join.page-title");
    }
}
