package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.NotAllowed;
import org.readiness.questionnaire.file.QuestionnaireCatalog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One client: details, assessments over time, interviews, re-assessment, attaching a self-assessment, comparing. */
@Route(value = "consultant/clients/:clientId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DASH = "\u2013";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ClientService clients;
    private final QuestionnaireCatalog catalog;
    private final AuthenticationContext authentication;
    private Client client;

    ClientView(ClientService clients, QuestionnaireCatalog catalog, AuthenticationContext authentication) {
        this.clients = clients;
        this.catalog = catalog;
        this.authentication = authentication;
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
        List<AssessmentResult> assessments = newestFirst(clients.assessments(client.id()));
        Button interview = new Button(getTranslation("client.start-interview"),
                click -> askFirstIfOneIsOpen(assessments, this::startInterview));
        interview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        interview.addClassName("start-interview");
        Button reassess = new Button(getTranslation("client.reassess"), click -> askFirstIfOneIsOpen(assessments,
                () -> clients.reassess(client.id(), Languages.current())
                        .ifPresent(started -> openInterview(started.assessment().id()))));
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
        add(attach());
    }

    private static List<AssessmentResult> newestFirst(List<AssessmentResult> assessments) {
        return assessments.stream().sorted(Comparator.comparing((AssessmentResult result) ->
                result.assessment().createdAt()).thenComparing(result -> result.assessment().id()).reversed()).toList();
    }

    /** Newest first; a finished assessment opens read-only, one in progress is continued or deleted. */
    private Grid<AssessmentResult> assessmentGrid(List<AssessmentResult> assessments) {
        Grid<AssessmentResult> grid = new Grid<>();
        grid.addClassName("assessments");
        grid.addColumn(result -> DATE_TIME.format(result.assessment().createdAt()))
                .setHeader(getTranslation("client.date"));
        grid.addColumn(result -> state(result.assessment())).setHeader(getTranslation("client.state"));
        grid.addColumn(this::score).setHeader(getTranslation("client.score"));
        grid.addColumn(result -> result.assessment().isFinished() ? structure(result) : DASH)
                .setHeader(getTranslation("client.structure"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItems(assessments);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div actions(AssessmentResult result) {
        long id = result.assessment().id();
        Div actions = new Div();
        actions.addClassName("row-actions");
        String date = DATE_TIME.format(result.assessment().createdAt());
        if (result.assessment().isFinished()) {
            actions.add(small(new Button(getTranslation("client.open"), click -> openInterview(id)),
                    getTranslation("client.open.label", date)));
            return actions;
        }
        Button delete = new Button(getTranslation("client.delete"), click -> confirmDelete(id, date));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(small(new Button(getTranslation("client.continue"), click -> openInterview(id)),
                getTranslation("client.continue.label", date)), small(delete, getTranslation("client.delete.label",
                date)));
        return actions;
    }

    private static Button small(Button button, String accessibleName) {
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(accessibleName);
        return button;
    }

    private String state(OpenAssessment assessment) {
        return getTranslation("client.state." + assessment.state().name().toLowerCase(Locale.ROOT));
    }

    /** A finished assessment's overall score; one in progress has none yet. */
    private String score(AssessmentResult result) {
        Integer overall = result.evaluation().score().overall();
        return result.assessment().isFinished() && overall != null ? getTranslation("client.score-value", overall)
                : DASH;
    }

    private String structure(AssessmentResult result) {
        var evaluation = result.evaluation();
        return evaluation.questionnaire().structure().name(evaluation.recommendation().structure(),
                Languages.current(), key -> getTranslation(key));
    }

    private void confirmDelete(long assessmentId, String date) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("client.delete.confirm.title"),
                getTranslation("client.delete.confirm.text", date), getTranslation("client.delete.confirm.delete"),
                confirmed -> {
                    clients.delete(assessmentId);
                    Notification.show(getTranslation("client.deleted"));
                    render();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("client.delete.confirm.cancel"));
        dialog.open();
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
        dialog.setText(getTranslation("client.open-interview.text", DATE_TIME.format(open.get().createdAt())));
        dialog.setConfirmText(getTranslation("client.open-interview.continue"));
        dialog.addConfirmListener(confirmed -> openInterview(open.get().id()));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("client.open-interview.new"));
        dialog.addRejectListener(rejected -> startNew.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("client.open-interview.cancel"));
        dialog.open();
    }

    /**
     * Two assessments to compare, each named by "date · state · score"; the last two finished ones are chosen
     * (the newest after the one before it).
     */
    private Div compare(List<AssessmentResult> results) {
        Select<AssessmentResult> before = new Select<>();
        Select<AssessmentResult> after = new Select<>();
        before.setLabel(getTranslation("client.compare.before"));
        after.setLabel(getTranslation("client.compare.after"));
        for (Select<AssessmentResult> select : List.of(before, after)) {
            select.setItems(results);
            select.setItemLabelGenerator(result -> String.join(" \u00b7 ",
                    DATE_TIME.format(result.assessment().createdAt()), state(result.assessment()), score(result)));
        }
        List<AssessmentResult> finished = results.stream().filter(result -> result.assessment().isFinished()).toList();
        List<AssessmentResult> candidates = finished.size() >= 2 ? finished : results;
        after.setValue(candidates.get(0));
        before.setValue(candidates.get(Math.min(1, candidates.size() - 1)));
        Button compare = new Button(getTranslation("client.compare"), click -> getUI().ifPresent(ui ->
                ui.navigate(ComparisonView.class, new RouteParameters(new com.vaadin.flow.router.RouteParam("before",
                        String.valueOf(before.getValue().assessment().id())), new com.vaadin.flow.router.RouteParam(
                        "after", String.valueOf(after.getValue().assessment().id()))))));
        compare.addClassName("compare");
        compare.setEnabled(results.size() > 1);
        Div toolbar = new Div(before, after, compare);
        toolbar.addClassName("toolbar");
        return toolbar;
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
