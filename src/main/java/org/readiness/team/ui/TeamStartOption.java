package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.readiness.assessment.ui.StartOption;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;

import java.util.function.Supplier;

/** "Assess with your team" on the start page: the coordinator answers the company profile, then invites the team. */
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
        start.addClickListener(click -> {
            boolean hasRoles = catalog.find(questionnaire.get()).map(each -> !each.roles().isEmpty()).orElse(false);
            if (!hasRoles) {
                Notification.show(start.getTranslation("team.start.no-roles"), 6000, Notification.Position.TOP_CENTER);
                return;
            }
            StartedTeam started = teams.start(questionnaire.get(), language, null);
            UI.getCurrent().navigate(TeamProfileView.location(started.coordinatorToken().value()));
        });
        Paragraph help = new Paragraph(start.getTranslation("team.start.help"));
        help.addClassName("start-team-help");
        Div option = new Div(start, help);
        option.addClassName("start-option");
        return option;
    }
}
