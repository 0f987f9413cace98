package org.readiness.studio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import org.readiness.studio.DraftEditor;

import java.nio.charset.StandardCharsets;

/** The draft's file as it stands in the editor, byte for byte what {@code --validate} reads. */
final class DraftExport {

    private DraftExport() {
    }

    static Anchor link(DraftEditor editor, String label) {
        Anchor export = new Anchor(download -> {
            download.setFileName(editor.saved().questionnaireId() + ".json");
            download.setContentType("application/json");
            download.getOutputStream().write(editor.text().getBytes(StandardCharsets.UTF_8));
        }, AttachmentType.DOWNLOAD, label);
        export.addClassName("export-draft");
        return export;
    }
}
