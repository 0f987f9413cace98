package org.readiness.consultant.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.Dates;
import org.readiness.base.ui.MainLayout;
import org.readiness.chart.BarChart;
import org.readiness.chart.SvgChart;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientSummary;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** The consultant's clients: an overview of their latest scores, a searchable, sortable list, and new clients. */
@Route(value = "consultant", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientsView extends Div implements HasDynamicTitle {

    private final ClientService clients;
    private final QuestionnaireCatalog catalog;
    private final Grid<ClientSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div overview = new Div();
    private final Div firstSteps = new Div();
    private final Anchor export;

    ClientsView(ClientService clients, QuestionnaireCatalog catalog, AuthenticationContext authentication,
                Dates dates) {
        this.clients = clients;
        this.catalog = catalog;
        addClassName("clients-view");
        setUpSearch();
        export = new Anchor(event -> {
            event.setFileName("readiness-assessments.csv");
            event.setContentType("text/csv; charset=UTF-8");
            AssessmentsExport.write(clients.allAssessments(), event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("clients.export"));
        export.addClassName("export-assessments");
        setUpGrid(dates);
        firstSteps.addClassName("empty-state");
        firstSteps.add(new H2(getTranslation("clients.none")), new Paragraph(getTranslation("clients.first-steps")));
        Div toolbar = new Div(search, newClientButton(), export);
        toolbar.addClassName("toolbar");
        add(new ConsultantBar(authentication), new H1(getTranslation("clients.heading")), firstSteps, overview, toolbar,
                grid);
        refresh();
    }

    private void setUpSearch() {
        search.setLabel(getTranslation("clients.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
    }

    private Button newClientButton() {
        Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
                click -> new ClientDialog(null, details -> {
                    var client = clients.create(details);
                    String saved = getTranslation("client.saved");
                    getUI().ifPresent(ui -> {
                        ui.navigate(ClientView.class, new RouteParameters("clientId", String.valueOf(client.id())));
                        SavedNotice.show(ui, saved);
                    });
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("new-client");
        return add;
    }

    private void setUpGrid(Dates dates) {
        grid.addColumn(summary -> summary.client().organisation()).setHeader(getTranslation("clients.organisation"))
                .setComparator(summary -> summary.client().organisation().toLowerCase(java.util.Locale.ROOT))
                .setFlexGrow(3);
        grid.addColumn(summary -> Objects.toString(summary.client().contactPerson(), ""))
                .setHeader(getTranslation("clients.contact")).setSortable(true)
                .setComparator(summary -> Objects.toString(summary.client().contactPerson(), ""));
        grid.addColumn(summary -> Objects.toString(summary.client().industry(), ""))
                .setHeader(getTranslation("clients.industry"))
                .setComparator(summary -> Objects.toString(summary.client().industry(), ""));
        grid.addColumn(summary -> summary.latestScore() == null ? "\u2013" : String.valueOf(summary.latestScore()))
                .setHeader(getTranslation("clients.latest-score"))
                .setComparator(Comparator.comparing(ClientSummary::latestScore,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(summary -> summary.lastAssessed() == null ? "\u2013" : dates.date(summary.lastAssessed()))
                .setHeader(getTranslation("clients.last-assessed"))
                .setComparator(Comparator.comparing(ClientSummary::lastAssessed,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(ClientSummary::assessments).setHeader(getTranslation("clients.assessments"))
                .setComparator(ClientSummary::assessments);
        // Names take most of the width and wrap; scores, dates and counts at least as wide as their content, header
        // and sort arrows included.
        grid.getColumns().stream().skip(1).limit(2).forEach(column -> column.setFlexGrow(2));
        grid.getColumns().stream().skip(3).forEach(column -> column.setAutoWidth(true).setFlexGrow(1));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ClientView.class,
                new RouteParameters("clientId", String.valueOf(click.getItem().client().id())))));
        grid.setEmptyStateText(getTranslation("clients.none-found"));
    }

    private void refresh() {
        List<ClientSummary> summaries = clients.overview(search.getValue());
        // With no client at all, one empty state says what to do first, in place of an empty chart and list.
        boolean noClients = summaries.isEmpty() && (search.isEmpty() || clients.overview("").isEmpty());
        firstSteps.setVisible(noClients);
        search.setVisible(!noClients);
        export.setVisible(!noClients);
        grid.setVisible(!noClients);
        grid.setItems(summaries);
        overview.removeAll();
        if (!summaries.isEmpty()) {
            catalog.all().stream().findFirst().ifPresent(questionnaire -> showOverview(questionnaire, summaries));
        }
    }

    /** The average latest score per area over the listed clients, drawn like the result's chart. */
    private void showOverview(Questionnaire questionnaire, List<ClientSummary> summaries) {
        String language = Languages.current();
        List<BarChart.Bar> bars = questionnaire.areas().stream().map(area -> {
            OptionalDouble average = summaries.stream()
                    .filter(summary -> summary.latestAreaScores().containsKey(area.id()))
                    .mapToInt(summary -> summary.latestAreaScores().get(area.id())).average();
            Integer score = average.isPresent() ? (int) Math.round(average.getAsDouble()) : null;
            return new BarChart.Bar(area.title().in(language), score, "-");
        }).toList();
        List<Band> bands = questionnaire.bands().overall();
        List<BarChart.Zone> zones = bands.stream().map(band -> BarChart.Zone.of(band, bands, language)).toList();
        String title = getTranslation("clients.overview");
        BarChart chart = new BarChart(bars, zones);
        Svg wide = new Svg(SvgChart.render(chart, title));
        wide.addClassNames("area-chart", "chart-wide");
        Svg narrow = new Svg(SvgChart.renderNarrow(chart, title));
        narrow.addClassNames("area-chart", "chart-narrow");
        overview.add(new H2(title), wide, narrow, distribution(questionnaire, summaries, language));
    }

    /** How many clients' latest score lies in each band, per area. */
    private NativeTable distribution(Questionnaire questionnaire, List<ClientSummary> summaries, String language) {
        NativeTable table = new NativeTable();
        table.addClassName("distribution");
        table.setCaptionText(getTranslation("clients.distribution"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("compare.area"));
        questionnaire.bands().overall().forEach(band -> head.addHeaderCell().setText(band.label().in(language)));
        table.getHead().add(head);
        for (var area : questionnaire.areas()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-area", area.id());
            row.addHeaderCell().setText(area.title().in(language));
            for (Band band : questionnaire.bands().forArea(area.id())) {
                long clientsInBand = summaries.stream()
                        .map(summary -> summary.latestAreaScores().get(area.id()))
                        .filter(score -> score != null && band.contains(score)).count();
                row.addDataCell().setText(String.valueOf(clientsInBand));
            }
            table.getBody().add(row);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.page-title");
    }
}
