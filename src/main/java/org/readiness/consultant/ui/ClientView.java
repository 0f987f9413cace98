package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.assessment.AssessmentResult;
import org.readiness.base.ui.Dates;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientTeams;
import org.readiness.team.TeamService;
import org.readiness.questionnaire.file.QuestionnaireCatalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One client: details, assessments over time, interviews, re-assessment, attaching a self-assessment, comparing. */
@Route(value = "consultant/clients/:clientId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final ClientInterviews interviews;
    private final ClientTeams clientTeams;
    private final QuestionnaireCatalog catalog;
    private final AuthenticationContext authentication;
    private final TeamService teams;
    private final Dates dates;
    private final List<ClientPageAddition> additions;
    private Client client;

    ClientView(ClientService clients, ClientInterviews interviews, ClientTeams clientTeams,
               QuestionnaireCatalog catalog, AuthenticationContext authentication, TeamService teams, Dates dates,
               List<ClientPageAddition> additions) {
        this.clients = clients;
        this.interviews = interviews;
        this.clientTeams = clientTeams;
        this.catalog = catalog;
        this.authentication = authentication;
        this.teams = teams;
        this.dates = dates;
        this.additions = additions;
        addClassName("client-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnRecords.find(event, "clientId", clients::get).ifPresent(found -> {
            client = found;
            render();
        });
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
            render();
            getUI().ifPresent(ui -> SavedNotice.show(ui, getTranslation("client.saved")));
        }).open());
        edit.addClassName("edit-client");
        List<AssessmentResult> assessments = newestFirst(interviews.assessments(client.id()));
        Button interview = new Button(getTranslation("client.start-interview"),
                click -> askFirstIfOneIsOpen(assessments, this::startInterview));
        interview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        interview.addClassName("start-interview");
        Button reassess = new Button(getTranslation("client.reassess"), click -> askFirstIfOneIsOpen(assessments,
                () -> interviews.reassess(client.id(), Languages.current())
                        .ifPresent(started -> openInterview(started.assessment().id()))));
        reassess.addClassName("reassess");
        reassess.setEnabled(!assessments.isEmpty());
        Div actions = new Div(interview, reassess, edit);
        actions.addClassName("toolbar");
        add(actions, new H2(getTranslation("client.assessments")));
        if (assessments.isEmpty()) {
            add(new Paragraph(getTranslation("client.no-assessments")));
        } else {
            add(new ClientAssessmentList(assessments, interviews, dates, this::openInterview, this::render));
        }
        interviews.deletedAssessments(client.id()).forEach(deleted -> add(deletedLine(deleted)));
        additions.forEach(addition -> addition.create(client, assessments).ifPresent(this::add));
        add(new ClientTeamsSection(client, clientTeams, teams, catalog, dates), attach());
    }

    private static List<AssessmentResult> newestFirst(List<AssessmentResult> assessments) {
        return assessments.stream().sorted(Comparator.comparing((AssessmentResult result) ->
                result.assessment().createdAt()).thenComparing(result -> result.assessment().id()).reversed()).toList();
    }

    /** A deleted assessment leaves a line: when it was deleted and by whom, so it does not just disappear. */
    private Paragraph deletedLine(DeletedAssessment deleted) {
        String text = switch (deleted.deletedBy()) {
            case MERCHANT -> deleted.attachedAt() == null
                    ? getTranslation("client.deleted.by-merchant.started", dates.date(deleted.startedAt()),
                    dates.date(deleted.deletedAt()))
                    : getTranslation("client.deleted.by-merchant", dates.date(deleted.attachedAt()),
                    dates.date(deleted.deletedAt()));
            case EXPIRY -> getTranslation("client.deleted.expired", dates.date(deleted.startedAt()),
                    dates.date(deleted.deletedAt()), interviews.draftKeepDays());
        };
        Paragraph line = new Paragraph(text);
        line.addClassName("deleted-assessment");
        return line;
    }

    /** Starting a new interview while one is still open is a choice: continue that one, or start anew. */
    private void askFirstIfOneIsOpen(List<AssessmentResult> assessments, Runnable startNew) {
        Optional<OpenAssessment> open = assessments.stream().map(AssessmentResult::assessment)
                .filter(assessment -> !assessment.isFinished()).findFirst();
        if (open.isEmpty()) {
            startNew.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("client.open-interview.title"));
        dialog.setText(getTranslation("client.open-interview.text", dates.dateTime(open.get().createdAt())));
        dialog.setConfirmText(getTranslation("client.open-interview.continue"));
        dialog.addConfirmListener(confirmed -> openInterview(open.get().id()));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("client.open-interview.new"));
        dialog.addRejectListener(rejected -> startNew.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("client.open-interview.cancel"));
        dialog.open();
    }

    private Div attach() {
        TextField link = new TextField(getTranslation("client.attach.link"));
        link.addClassName("attach-link");
        link.setWidth("28rem");
        Button attach = new Button(getTranslation("client.attach.button"), click -> {
            switch (interviews.attach(client.id(), link.getValue())) {
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
                interviews.startInterview(client.id(), questionnaire.id(), Languages.current()).assessment().id()));
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
