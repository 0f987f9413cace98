package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;
import org.readiness.assessment.ui.StartOption;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamLimitReached;
import org.readiness.team.TeamService;

import java.util.function.Supplier;

/**
 * "Assess with your team" on the start page: the coordinator chooses whether the team is anonymous (no names asked
 * or shown, roles and counts only), answers the company profile, then invites the team. An address starts at most
 * {@code readiness.team.new-teams-per-hour} teams an hour.
 */
@org.springframework.stereotype.Component
class TeamStartOption implements StartOption {

    private final TeamService teams;
    private final QuestionnaireCatalog catalog;

    TeamStartOption(TeamService teams, QuestionnaireCatalog catalog) {
        this.teams = teams;
        this.catalog = catalog;
    }

    @Override
    public Component create(Supplier<String> questionnaire, String language) {
        Button start = new Button();
        start.setText(start.getTranslation("team.start"));
        start.addClassName("start-team");
        Checkbox anonymous = new Checkbox(start.getTranslation("team.start.anonymous"));
        anonymous.setHelperText(start.getTranslation("team.start.anonymous-help"));
        anonymous.addClassName("start-team-anonymous");
        start.addClickListener(click -> {
            boolean hasRoles = catalog.find(questionnaire.get()).map(each -> !each.roles().isEmpty()).orElse(false);
            if (!hasRoles) {
                Notification.show(start.getTranslation("team.start.no-roles"), 6000, Notification.Position.TOP_CENTER);
                return;
            }
            try {
                StartedTeam started = teams.start(new TeamService.NewTeam(questionnaire.get(), language,
                        anonymous.getValue(), null, null, null, address()));
                UI.getCurrent().navigate(TeamProfileView.location(started.coordinatorToken().value()));
            } catch (TeamLimitReached limit) {
                Notification.show(start.getTranslation("team.limit.new-teams", limit.limit(),
                        limit.minutesToWait()), 8000, Notification.Position.TOP_CENTER);
            }
        });
        Paragraph help = new Paragraph(start.getTranslation("team.start.help"));
        help.addClassName("start-team-help");
        Div option = new Div(start, help, anonymous);
        option.addClassName("start-option");
        return option;
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
