package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;
import org.readiness.team.StartedTeam;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;
import org.readiness.questionnaire.file.QuestionnaireCatalog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One client: details, assessments over time, interviews, re-assessment, attaching a self-assessment, comparing. */
@Route(value = "consultant/clients/:clientId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final ClientService clients;
    private final QuestionnaireCatalog catalog;
    private final AuthenticationContext authentication;
    private final TeamService teams;
    private Client client;

    ClientView(ClientService clients, QuestionnaireCatalog catalog, AuthenticationContext authentication,
               TeamService teams) {
        this.clients = clients;
        this.catalog = catalog;
        this.authentication = authentication;
        this.teams = teams;
        addClassName("client-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            client = clients.get(Long.parseLong(event.getRouteParameters().get("clientId").orElse("")));
        } catch (NumberFormatException | NotAllowed notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new ConsultantBar(authentication), new H1(client.organisation()));
        Paragraph details = new Paragraph(String.join(" · ", List.of(Objects.toString(client.contactPerson(), ""),
                Objects.toString(client.industry(), "")).stream().filter(text -> !text.isEmpty()).toList()));
        details.addClassName("client-details");
        add(details);
        if (client.notes() != null) {
            Paragraph notes = new Paragraph(client.notes());
            notes.addClassName("client-notes");
            add(notes);
        }
        Button edit = new Button(getTranslation("client.edit"), click -> new ClientDialog(client, changed -> {
            client = clients.update(client.id(), changed);
            Notification.show(getTranslation("client.saved"));
            render();
        }).open());
        edit.addClassName("edit-client");
        Button interview = new Button(getTranslation("client.start-interview"), click -> startInterview());
        interview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        interview.addClassName("start-interview");
        List<AssessmentResult> assessments = clients.assessments(client.id());
        Button reassess = new Button(getTranslation("client.reassess"), click -> clients.reassess(client.id(),
                Languages.current()).ifPresent(started -> openInterview(started.assessment().id())));
        reassess.addClassName("reassess");
        reassess.setEnabled(!assessments.isEmpty());
        Div actions = new Div(interview, reassess, edit);
        actions.addClassName("toolbar");
        add(actions, new H2(getTranslation("client.assessments")));
        if (assessments.isEmpty()) {
            add(new Paragraph(getTranslation("client.no-assessments")));
        } else {
            add(assessmentGrid(assessments), compare(assessments));
        }
        clients.deletedAssessments(client.id()).forEach(deleted -> add(deletedLine(deleted)));
        add(teamSection(), attach());
    }

    private Grid<AssessmentResult> assessmentGrid(List<AssessmentResult> assessments) {
        Grid<AssessmentResult> grid = new Grid<>();
        grid.addClassName("assessments");
        grid.addColumn(result -> DATE_TIME.format(result.assessment().createdAt()))
                .setHeader(getTranslation("client.date"));
        grid.addColumn(result -> getTranslation("client.state." + result.assessment().state().name()
                        .toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("client.state"));
        grid.addColumn(result -> {
            var evaluation = result.evaluation();
            return (evaluation.score().overall() == null ? "-" : evaluation.score().overall()) + " / 100, "
                    + evaluation.recommendation().structure().id();
        }).setHeader(getTranslation("client.score") + ", " + getTranslation("client.structure"));
        grid.addComponentColumn(result -> {
            Button open = new Button(getTranslation("client.open"), click -> openInterview(result.assessment().id()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return open;
        });
        grid.setItems(assessments);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A deleted assessment leaves a line: when it was deleted and by whom, so it does not just disappear. */
    private Paragraph deletedLine(DeletedAssessment deleted) {
        String text = switch (deleted.deletedBy()) {
            case MERCHANT -> deleted.attachedAt() == null
                    ? getTranslation("client.deleted.by-merchant.started", DATE.format(deleted.startedAt()),
                    DATE.format(deleted.deletedAt()))
                    : getTranslation("client.deleted.by-merchant", DATE.format(deleted.attachedAt()),
                    DATE.format(deleted.deletedAt()));
            case EXPIRY -> getTranslation("client.deleted.expired", DATE.format(deleted.startedAt()),
                    DATE.format(deleted.deletedAt()), clients.draftKeepDays());
        };
        Paragraph line = new Paragraph(text);
        line.addClassName("deleted-assessment");
        return line;
    }

    private Div compare(List<AssessmentResult> results) {
        List<OpenAssessment> assessments = results.stream().map(AssessmentResult::assessment).toList();
        Select<OpenAssessment> before = new Select<>();
        Select<OpenAssessment> after = new Select<>();
        before.setLabel(getTranslation("client.compare.before"));
        after.setLabel(getTranslation("client.compare.after"));
        for (Select<OpenAssessment> select : List.of(before, after)) {
            select.setItems(assessments);
            select.setItemLabelGenerator(assessment -> DATE_TIME.format(assessment.createdAt()));
        }
        before.setValue(assessments.get(Math.max(0, assessments.size() - 2)));
        after.setValue(assessments.get(assessments.size() - 1));
        Button compare = new Button(getTranslation("client.compare"), click -> getUI().ifPresent(ui ->
                ui.navigate(ComparisonView.class, new RouteParameters(new com.vaadin.flow.router.RouteParam("before",
                        String.valueOf(before.getValue().id())), new com.vaadin.flow.router.RouteParam("after",
                        String.valueOf(after.getValue().id()))))));
        compare.addClassName("compare");
        compare.setEnabled(assessments.size() > 1);
        Div toolbar = new Div(before, after, compare);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    /** The client's team assessments, where its key people answer for themselves, and a way to start one. */
    private Div teamSection() {
        Button start = new Button(getTranslation("client.team.start"), click -> startTeam());
        start.addClassName("start-team");
        Div section = new Div(new H2(getTranslation("client.team.heading")),
                new Paragraph(getTranslation("client.team.intro")), start);
        section.addClassName("client-teams");
        List<Team> all = clients.teams(client.id());
        if (all.isEmpty()) {
            return section;
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
            row.addDataCell().setText(DATE_TIME.format(team.createdAt()));
            row.addDataCell().setText(getTranslation("team.members.count", overview.finished(),
                    overview.members().size()));
            row.addDataCell().setText(overview.evaluation().map(each -> each.evaluation().score().overall())
                    .map(score -> score + " / 100").orElse("–"));
            row.addDataCell().add(new Anchor(ConsultantTeamView.location(team.id()),
                    getTranslation("client.team.open-link", DATE_TIME.format(team.createdAt()))));
            table.getBody().add(row);
        }
        section.add(table);
        return section;
    }

    private void startTeam() {
        catalog.all().stream().filter(questionnaire -> !questionnaire.roles().isEmpty()).findFirst()
                .ifPresentOrElse(questionnaire -> {
                    StartedTeam started = clients.startTeam(client.id(), questionnaire.id(), Languages.current());
                    getUI().ifPresent(ui -> ui.navigate(ConsultantTeamProfileView.location(started.team().id())));
                }, () -> Notification.show(getTranslation("team.start.no-roles")));
    }

    private Div attach() {
        TextField link = new TextField(getTranslation("client.attach.link"));
        link.addClassName("attach-link");
        link.setWidth("28rem");
        Button attach = new Button(getTranslation("client.attach.button"), click -> {
            switch (clients.attach(client.id(), link.getValue())) {
                case ATTACHED -> {
                    Notification.show(getTranslation("client.attach.attached"));
                    render();
                }
                case UNKNOWN_LINK -> {
                    link.setErrorMessage(getTranslation("client.attach.unknown"));
                    link.setInvalid(true);
                }
                case ALREADY_ATTACHED -> {
                    link.setErrorMessage(getTranslation("client.attach.taken"));
                    link.setInvalid(true);
                }
            }
        });
        attach.addClassName("attach");
        Div toolbar = new Div(link, attach);
        toolbar.addClassName("toolbar");
        Div section = new Div(new H2(getTranslation("client.attach")), toolbar);
        return section;
    }

    private void startInterview() {
        catalog.all().stream().findFirst().ifPresent(questionnaire -> openInterview(
                clients.startInterview(client.id(), questionnaire.id(), Languages.current()).assessment().id()));
    }

    private void openInterview(long assessmentId) {
        getUI().ifPresent(ui -> ui.navigate(InterviewView.class, new RouteParameters("assessmentId",
                String.valueOf(assessmentId))));
    }

    static String location(long clientId) {
        return "consultant/clients/" + clientId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.page-title", client == null ? "" : client.organisation());
    }
}
