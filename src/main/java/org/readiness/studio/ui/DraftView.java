package org.readiness.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.readiness.assessment.ui.NoteBeacon;
import org.readiness.base.ui.Dates;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.assessment.ResultWording;
import org.readiness.studio.Draft;
import org.readiness.studio.DraftEditor;
import org.readiness.studio.DraftService;
import org.readiness.studio.PublishResult;
import org.readiness.studio.PublishService;
import org.readiness.studio.Outline;
import org.readiness.studio.SaveResult;
import org.readiness.studio.StudioVersions;
import org.readiness.studio.WhatMoves;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.function.Consumer;

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
    private final Dates dates;
    private final SaveStatusLine status = new SaveStatusLine();
    private final ProblemList problems = new ProblemList(this::showProblem);
    private final JsonEditor json;
    private final Button undo = new Button();
    private final Button redo = new Button();
    private final Div stale = new Div();
    private final OutlinePane outline = new OutlinePane(this::apply, this::select, pointer -> selected = pointer);
    private final ItemForm form = new ItemForm(this::apply);
    private final StudioVersions versions;
    private final WhatMoves whatMoves;
    private final ResultWording wording;
    private DraftTools tools;
    private DraftEditor editor;
    private String selected = "";

    DraftView(DraftService drafts, PublishService publishing, StudioVersions versions, WhatMoves whatMoves,
              ResultWording wording, Clock clock, Dates dates, AuthenticationContext authentication) {
        super(authentication);
        this.wording = wording;
        this.versions = versions;
        this.whatMoves = whatMoves;
        this.drafts = drafts;
        this.publishing = publishing;
        this.clock = clock;
        this.dates = dates;
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
        json.setBeacon(NoteBeacon.to("api/studio/drafts/" + editor.saved().id() + "/unsent"));
        json.setRevision(editor.saved().revision());
        json.addTextChangedListener(typed -> {
            if (editor.typed(typed.text())) {
                refresh(true);
                save();
            }
        });
        tools = new DraftTools(editor, json, whatMoves, versions, wording, this::apply);
        Div panes = new Div(outline, form, tools);
        panes.addClassName("studio-panes");
        add(new Anchor("studio", getTranslation("studio.back")), heading, toolbar(), stale, problems, panes);
        status.saved();
        refresh(true);
    }

    /** A change from the form or the outline: applied to the document, shown in the JSON, checked and saved. */
    private void apply(Consumer<ObjectNode> change, boolean reshapes) {
        if (editor.edit(change)) {
            json.setText(editor.text());
            refresh(reshapes);
            save();
        }
    }

    private void select(Outline.Item item) {
        selected = item.pointer();
        refresh(true);
    }

    /** Shows the document and what the checks say in every pane; {@code reshape} builds the form anew. */
    private void refresh(boolean reshape) {
        List<FileProblem> found = editor.problems();
        List<FileProblem> lint = ProblemList.lintFindings(this, editor);
        problems.show(found, lint);
        json.setProblems(found, lint);
        undo.setEnabled(editor.canUndo());
        redo.setEnabled(editor.canRedo());
        ObjectNode tree = editor.tree();
        if (tree == null) {
            form.notJson();
            return;
        }
        tools.show();
        List<Outline.Item> items = Outline.of(tree);
        Outline.Item item = items.stream().filter(each -> each.pointer().equals(selected)).findFirst()
                .orElse(items.get(0));
        selected = item.pointer();
        outline.show(tree, DraftTools.language(tree), Outline.problemCounts(items, found), selected);
        if (reshape || form.item() == null || !form.item().pointer().equals(item.pointer())) {
            form.show(tree, item, DraftTools.languages(tree));
        } else {
            form.retitle(item);
        }
        List<FileProblem> atItem = new ArrayList<>(found);
        atItem.addAll(lint);
        form.showProblems(atItem.stream().filter(problem -> Outline.itemOf(items, problem.pointer()).equals(item))
                .toList());
    }

    private Component toolbar() {
        undo.setText(getTranslation("studio.undo"));
        undo.addClickListener(click -> changed(editor::undo));
        redo.setText(getTranslation("studio.redo"));
        redo.addClickListener(click -> changed(editor::redo));
        Anchor export = DraftExport.link(editor, getTranslation("studio.export"));
        Button publish = new Button(getTranslation("studio.publish"), click -> openPublish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish");
        Div bar = new Div(undo, redo, export, publish, status);
        bar.addClassName("studio-toolbar");
        return bar;
    }

    private void changed(Runnable change) {
        change.run();
        changed();
    }

    /** After an undo, a redo or a reload: every pane shows the text as it now stands, and it is saved. */
    private void changed() {
        json.setText(editor.text());
        refresh(true);
        save();
    }

    private void save() {
        SaveResult result = editor.save(drafts);
        if (result instanceof SaveResult.Saved) {
            json.setRevision(editor.saved().revision());
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
                dates.dateTime(current.updatedAt())));
        stale.removeAll();
        stale.add(new StaleNotice(refused, dates, () -> {
            editor.reload(current);
            changed();
        }, () -> {
            Draft mine = drafts.importFile(getTranslation("studio.stale.mine-source", current.id()),
                    editor.text().getBytes(StandardCharsets.UTF_8));
            getUI().ifPresent(ui -> ui.navigate("studio/drafts/" + mine.id()));
        }));
        stale.setVisible(true);
    }

    /** A problem chosen in the list: its item in the outline and the form, and its line in the JSON. */
    private void showProblem(FileProblem problem) {
        ObjectNode tree = editor.tree();
        if (tree != null) {
            selected = Outline.itemOf(Outline.of(tree), problem.pointer()).pointer();
            refresh(true);
        }
        if (problem.line() > 0) {
            tools.setSelectedIndex(0);
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
                changed();
                Notification.show(getTranslation("studio.published", published.version().questionnaireId(),
                        published.version().version()));
                return null;
            }
            return PublishDialog.refusal(this, result, dates);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.draft.page-title", editor == null ? "" : editor.saved().questionnaireId());
    }
}
