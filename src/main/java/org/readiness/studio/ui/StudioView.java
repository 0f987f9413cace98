package org.readiness.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.readiness.base.ui.Dates;
import org.readiness.base.ui.MainLayout;
import org.readiness.studio.Draft;
import org.readiness.studio.DraftService;
import org.readiness.studio.QuestionnaireVersion;
import org.readiness.studio.StudioVersions;

import java.io.IOException;
import java.io.InputStream;

/**
 * The studio's start: the drafts being written, and every questionnaire with its versions: the files (read-only,
 * "make an editable copy"), the published versions with who and when, and those stored with assessments.
 */
@Route(value = "studio", layout = MainLayout.class)
@PermitAll
public class StudioView extends StudioPage implements HasDynamicTitle {

    private final DraftService drafts;
    private final StudioVersions versions;
    private final Dates dates;
    private final Grid<Draft> draftGrid = new Grid<>();
    private final Grid<QuestionnaireVersion> versionGrid = new Grid<>();

    StudioView(DraftService drafts, StudioVersions versions, Dates dates, AuthenticationContext authentication) {
        super(authentication);
        this.dates = dates;
        this.drafts = drafts;
        this.versions = versions;
        addClassName("studio-view");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor("consultant", getTranslation("studio.back-to-clients"));
        add(back, new H1(getTranslation("studio.heading")), new Paragraph(getTranslation("studio.intro")));
        add(new H2(getTranslation("studio.drafts")), draftActions(), draftGrid());
        add(new H2(getTranslation("studio.versions")), new Paragraph(getTranslation("studio.versions.intro")),
                versionGrid());
        refresh();
    }

    private Component draftActions() {
        Button empty = new Button(getTranslation("studio.new-empty"), click -> new IdDialog(
                getTranslation("studio.new-empty"), getTranslation("studio.new-empty.text"), "new-questionnaire",
                id -> open(drafts.empty(id))).open());
        empty.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(DraftService.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("studio.import")));
        upload.addSucceededListener(done -> {
            try (InputStream in = buffer.getInputStream()) {
                open(drafts.importFile(done.getFileName(), in.readAllBytes()));
            } catch (IOException | IllegalArgumentException e) {
                Notification.show(getTranslation("studio.import.failed"));
            }
        });
        upload.addFileRejectedListener(rejected -> Notification.show(getTranslation("studio.import.too-large",
                DraftService.MAX_BYTES / 1024)));
        Div actions = new Div(empty, upload);
        actions.addClassName("studio-actions");
        return actions;
    }

    private Component draftGrid() {
        draftGrid.addColumn(Draft::questionnaireId).setHeader(getTranslation("studio.questionnaire")).setFlexGrow(2);
        draftGrid.addColumn(draft -> draft.source().isEmpty() ? getTranslation("studio.source.empty") : draft.source())
                .setHeader(getTranslation("studio.source"));
        draftGrid.addColumn(draft -> getTranslation("studio.saved-by", draft.updatedBy(),
                dates.dateTime(draft.updatedAt()))).setHeader(getTranslation("studio.last-saved")).setFlexGrow(2);
        draftGrid.addComponentColumn(draft -> {
            Button openDraft = new Button(getTranslation("studio.open.short"), click -> open(draft));
            openDraft.setAriaLabel(getTranslation("studio.open", draft.questionnaireId()));
            openDraft.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            openDraft.addClassName("open-draft");
            Button delete = new Button(getTranslation("studio.delete.short"), click -> {
                drafts.delete(draft.id());
                refresh();
            });
            delete.setAriaLabel(getTranslation("studio.delete", draft.questionnaireId()));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new Div(openDraft, delete);
        }).setFlexGrow(2);
        draftGrid.setAllRowsVisible(true);
        draftGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        draftGrid.addClassName("draft-grid");
        return draftGrid;
    }

    private Component versionGrid() {
        versionGrid.addColumn(QuestionnaireVersion::questionnaireId).setHeader(getTranslation("studio.questionnaire"));
        versionGrid.addColumn(QuestionnaireVersion::version).setHeader(getTranslation("studio.version"));
        versionGrid.addColumn(this::where).setHeader(getTranslation("studio.where")).setFlexGrow(3);
        versionGrid.addColumn(version -> versions.served(version.questionnaireId())
                        .filter(served -> served.contentHash().equals(version.contentHash())).isPresent()
                        ? getTranslation("studio.served") : "")
                .setHeader(getTranslation("studio.served.header"));
        versionGrid.addComponentColumn(version -> {
            Button copy = new Button(getTranslation("studio.copy.short"),
                    click -> new IdDialog(getTranslation("studio.copy.title"), getTranslation("studio.copy.text"),
                            version.questionnaireId(), id -> open(drafts.copy(version, id))).open());
            copy.setAriaLabel(getTranslation("studio.copy", version.questionnaireId(), version.version()));
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            copy.addClassName("copy-version");
            return copy;
        }).setFlexGrow(2);
        versionGrid.setAllRowsVisible(true);
        versionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        versionGrid.addClassName("version-grid");
        return versionGrid;
    }

    private String where(QuestionnaireVersion version) {
        return switch (version.kind()) {
            case FILE -> getTranslation("studio.where.file");
            case PUBLISHED -> getTranslation("studio.where.published", version.by(), dates.dateTime(version.at()));
            case STORED -> getTranslation("studio.where.stored");
        };
    }

    private void refresh() {
        draftGrid.setItems(drafts.drafts());
        versionGrid.setItems(versions.all());
    }

    private void open(Draft draft) {
        getUI().ifPresent(ui -> ui.navigate(DraftView.class, new RouteParameters("draftId", String.valueOf(draft.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.page-title");
    }
}
