package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import org.readiness.studio.TextDates;
import org.readiness.studio.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every text against every language, missing and stale ones marked; a CSV for a translator out and back in. An
 * import reports each text it changed, and is refused whole when it names an unknown key or language.
 */
final class TranslationsPane extends Div {

    private final Grid<Translations.Row> grid = new Grid<>();
    private final Div report = new Div();
    private final Editing edit;
    private final Supplier<ObjectNode> document;
    private List<String> languages = List.of();

    TranslationsPane(Editing edit, Supplier<ObjectNode> document, String fileName) {
        this.edit = edit;
        this.document = document;
        addClassName("translations-pane");
        // A translator reads each text whole, side by side with its source.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Anchor export = new Anchor(download -> {
            download.setFileName(fileName + "-texts.csv");
            download.setContentType("text/csv; charset=UTF-8");
            ObjectNode tree = document.get();
            download.getOutputStream().write(("\uFEFF" + (tree == null ? "" : Translations.csv(tree, languages)))
                    .getBytes(StandardCharsets.UTF_8));
        }, AttachmentType.DOWNLOAD, getTranslation("studio.texts.export"));
        export.addClassName("export-texts");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(org.readiness.studio.DraftService.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("studio.texts.import")));
        upload.addSucceededListener(done -> {
            try (InputStream in = buffer.getInputStream()) {
                importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                showReport(getTranslation("studio.texts.unreadable"), List.of());
            }
        });
        report.addClassName("texts-report");
        report.getElement().setAttribute("role", "status");
        Div bar = new Div(export, upload);
        bar.addClassName("studio-actions");
        add(new Paragraph(getTranslation("studio.texts.intro")), bar, report, grid);
    }

    void show(ObjectNode tree, TextDates dates, List<String> languages) {
        if (!languages.equals(this.languages)) {
            this.languages = languages;
            grid.removeAllColumns();
            grid.addColumn(Translations.Row::key).setHeader(getTranslation("studio.texts.key")).setFlexGrow(2)
                    .setResizable(true);
            for (String language : languages) {
                grid.addColumn(row -> cell(row, language)).setHeader(language).setFlexGrow(3).setResizable(true);
            }
        }
        grid.setItems(Translations.rows(tree, dates, languages));
    }

    private String cell(Translations.Row row, String language) {
        String text = row.values().getOrDefault(language, "");
        if (row.missing().contains(language)) {
            return getTranslation("studio.texts.missing");
        }
        return row.stale().contains(language) ? getTranslation("studio.texts.stale", text) : text;
    }

    private void importCsv(String csv) {
        ObjectNode tree = document.get();
        if (tree == null) {
            showReport(getTranslation("studio.form.not-json"), List.of());
            return;
        }
        Translations.Imported preview = Translations.importCsv(tree.deepCopy(), languages, csv);
        if (preview.unreadable()) {
            showReport(getTranslation("studio.texts.unreadable"), List.of());
        } else if (preview.isRefused()) {
            List<String> unknown = new java.util.ArrayList<>(preview.unknownKeys());
            unknown.addAll(preview.unknownLanguages());
            showReport(getTranslation("studio.texts.refused", unknown.size()), unknown);
        } else {
            edit.apply(draft -> Translations.importCsv(draft, languages, csv), true);
            showReport(getTranslation("studio.texts.changed", preview.changes().size()), preview.changes().stream()
                    .map(change -> change.key() + " (" + change.language() + "): " + change.before() + " \u2192 "
                            + change.after()).toList());
        }
    }

    private void showReport(String heading, List<String> lines) {
        report.removeAll();
        UnorderedList list = new UnorderedList();
        lines.stream().limit(50).forEach(line -> list.add(new ListItem(line)));
        report.add(new Paragraph(heading), list);
    }
}
