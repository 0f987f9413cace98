package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.Dates;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientTeams;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.team.StartedTeam;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;

import java.util.List;

/** The client's team assessments, where its key people answer for themselves, and a way to start one. */
class ClientTeamsSection extends Div {

    private final Client client;
    private final ClientTeams clients;
    private final TeamService teams;
    private final QuestionnaireCatalog catalog;
    private final Dates dates;

    ClientTeamsSection(Client client, ClientTeams clients, TeamService teams, QuestionnaireCatalog catalog,
                       Dates dates) {
        this.dates = dates;
        this.client = client;
        this.clients = clients;
        this.teams = teams;
        this.catalog = catalog;
        addClassName("client-teams");
        render();
    }

    private void render() {
        Checkbox anonymous = new Checkbox(getTranslation("team.start.anonymous"));
        anonymous.setHelperText(getTranslation("team.start.anonymous-help"));
        Button start = new Button(getTranslation("client.team.start"), click -> startTeam(anonymous.getValue()));
        start.addClassName("start-team");
        add(new H2(getTranslation("client.team.heading")), new Paragraph(getTranslation("client.team.intro")), start,
                anonymous);
        List<Team> all = clients.ofClient(client.id());
        if (all.isEmpty()) {
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("client-team-list");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("client.date", "client.team.answered", "client.score", "client.team.open")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        table.getHead().add(head);
        for (Team team : all) {
            TeamOverview overview = teams.overview(team.id());
            NativeTableRow row = new NativeTableRow();
            row.addDataCell().setText(dates.dateTime(team.createdAt()));
            row.addDataCell().setText(getTranslation("team.members.count", overview.finished(),
                    overview.members().size()));
            row.addDataCell().setText(overview.evaluation().map(each -> each.evaluation().score().overall())
                    .map(score -> getTranslation("client.score-value", score)).orElse("\u2013"));
            row.addDataCell().add(new Anchor(ConsultantTeamView.location(team.id()),
                    getTranslation("client.team.open-link", dates.dateTime(team.createdAt()))));
            table.getBody().add(row);
        }
        add(table);
    }

    private void startTeam(boolean anonymous) {
        catalog.all().stream().filter(questionnaire -> !questionnaire.roles().isEmpty()).findFirst()
                .ifPresentOrElse(questionnaire -> {
                    StartedTeam started = clients.start(client.id(), questionnaire.id(), Languages.current(),
                            anonymous);
                    getUI().ifPresent(ui -> ui.navigate(ConsultantTeamProfileView.location(started.team().id())));
                }, () -> Notification.show(getTranslation("team.start.no-roles")));
    }
}
