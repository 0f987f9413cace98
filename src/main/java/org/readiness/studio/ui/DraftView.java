package org.readiness.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.studio.Draft;
import org.readiness.studio.DraftEditor;
import org.readiness.studio.DraftService;
import org.readiness.studio.PublishResult;
import org.readiness.studio.PublishService;
import org.readiness.studio.SaveResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One draft in the studio: the outline, the form of the selected item and the file's JSON, kept in step; every
 * change checked by the reader of {@code --validate} and saved as it is made; undo, redo, export and publish.
 */
@Route(value = "studio/drafts/:draftId", layout = MainLayout.class)
@PermitAll
public class DraftView extends StudioPage implements HasDynamicTitle {

    private final DraftService drafts;
    private final PublishService publishing;
    private final Clock clock;
    private final SaveStatusLine status = new SaveStatusLine();
    private final ProblemList problems = new ProblemList(this::showProblem);
    private final JsonEditor json;
    private final Button undo = new Button();
    private final Button redo = new Button();
    private final Div stale = new Div();
    private DraftEditor editor;

    DraftView(DraftService drafts, PublishService publishing, Clock clock, AuthenticationContext authentication) {
        super(authentication);
        this.drafts = drafts;
        this.publishing = publishing;
        this.clock = clock;
        this.json = new JsonEditor(getTranslation("studio.json.label"));
        addClassName("draft-view");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<Draft> draft = event.getRouteParameters().getLong("draftId").flatMap(drafts::find);
        if (draft.isEmpty()) {
            event.forwardTo(StudioView.class);
            return;
        }
        editor = new DraftEditor(draft.get(), clock);
        render();
    }

    private void render() {
        removeAll();
        H1 heading = new H1(getTranslation("studio.draft.heading", editor.saved().questionnaireId()));
        stale.addClassName("stale-notice");
        stale.setVisible(false);
        json.setText(editor.text());
        json.addTextChangedListener(typed -> {
            if (editor.typed(typed.text())) {
                changed(false);
            }
        });
        Div panes = new Div(json);
        panes.addClassName("studio-panes");
        add(new Anchor("studio", getTranslation("studio.back")), heading, toolbar(), stale, problems, panes);
        status.saved();
        showChecks();
    }

    private Component toolbar() {
        undo.setText(getTranslation("studio.undo"));
        undo.addClickListener(click -> {
            editor.undo();
            changed(true);
        });
        redo.setText(getTranslation("studio.redo"));
        redo.addClickListener(click -> {
            editor.redo();
            changed(true);
        });
        Anchor export = new Anchor(download -> {
            download.setFileName(editor.saved().questionnaireId() + ".json");
            download.setContentType("application/json");
            download.getOutputStream().write(editor.text().getBytes(StandardCharsets.UTF_8));
        }, AttachmentType.DOWNLOAD, getTranslation("studio.export"));
        export.addClassName("export-draft");
        Button publish = new Button(getTranslation("studio.publish"), click -> openPublish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish");
        Div bar = new Div(undo, redo, export, publish, status);
        bar.addClassName("studio-toolbar");
        return bar;
    }

    /** After any change: the JSON pane (unless the change was typed there), the checks, and a save. */
    private void changed(boolean updateJson) {
        if (updateJson) {
            json.setText(editor.text());
        }
        showChecks();
        save();
    }

    private void showChecks() {
        List<FileProblem> found = editor.problems();
        problems.show(found, List.of());
        json.setProblems(found, List.of());
        undo.setEnabled(editor.canUndo());
        redo.setEnabled(editor.canRedo());
    }

    private void save() {
        SaveResult result = editor.save(drafts);
        if (result instanceof SaveResult.Saved) {
            status.saved();
            stale.setVisible(false);
        } else if (result instanceof SaveResult.Stale refused) {
            showStale(refused);
        } else if (result instanceof SaveResult.TooLarge tooLarge) {
            status.notSaved(getTranslation("studio.status.too-large", tooLarge.limit() / 1024));
        } else {
            status.notSaved(getTranslation("studio.status.gone"));
        }
    }

    private void showStale(SaveResult.Stale refused) {
        Draft current = refused.current();
        status.notSaved(getTranslation("studio.status.stale", current.updatedBy(),
                StudioFormat.dateTime(current.updatedAt())));
        stale.removeAll();
        stale.add(new StaleNotice(refused, () -> {
            editor.reload(current);
            changed(true);
        }, () -> {
            Draft mine = drafts.importFile(getTranslation("studio.stale.mine-source", current.id()),
                    editor.text().getBytes(StandardCharsets.UTF_8));
            getUI().ifPresent(ui -> ui.navigate("studio/drafts/" + mine.id()));
        }));
        stale.setVisible(true);
    }

    private void showProblem(FileProblem problem) {
        if (problem.line() > 0) {
            json.revealLine(problem.line());
        }
    }

    private void openPublish() {
        if (editor.isUnsaved()) {
            save();
            if (editor.isUnsaved()) {
                return;
            }
        }
        new PublishDialog(publishing.propose(editor.saved()), version -> {
            PublishResult result = publishing.publish(editor.saved().id(), editor.saved().revision(), version);
            if (result instanceof PublishResult.Published published) {
                editor.published(published.draft());
                changed(true);
                Notification.show(getTranslation("studio.published", published.version().questionnaireId(),
                        published.version().version()));
                return null;
            }
            if (result instanceof PublishResult.Invalid invalid) {
                return getTranslation("studio.publish.invalid", invalid.problems().size());
            }
            if (result instanceof PublishResult.VersionTooLow low) {
                return getTranslation("studio.publish.too-low", low.highest());
            }
            Draft current = ((PublishResult.Stale) result).current();
            return getTranslation("studio.status.stale", current.updatedBy(), StudioFormat.dateTime(current.updatedAt()));
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.draft.page-title", editor == null ? "" : editor.saved().questionnaireId());
    }
}
