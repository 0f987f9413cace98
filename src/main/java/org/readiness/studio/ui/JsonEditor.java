package org.readiness.studio.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.ui.NoteBeacon;
import org.readiness.questionnaire.file.FileProblem;

import java.io.Serializable;
import java.util.List;

/**
 * The file's JSON in a real code editor: CodeMirror 6 with {@code @codemirror/lang-json} (from npm), wrapped as a
 * component.
 * It checks nothing itself: the server's problems (the one reader of {@code --validate}) are shown at their lines.
 */
@Tag("studio-json-editor")
class JsonEditor extends Component implements HasSize {

    /**
     * Built from npm by src/main/studio-editor/build.sh into static/, served as a file outside Vaadin's bundle; in a
     * folder of its own name, as a static folder named "studio" would answer the studio's own address instead of it.
     */
    static final String MODULE = "/studio-editor/json-editor.js";

    JsonEditor(String label) {
        getElement().setAttribute("label", label);
        addClassName("json-editor");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule(MODULE);
    }

    /** Calls the element's method once the module has defined it. */
    private void call(String method, Serializable argument) {
        getElement().executeJs("customElements.whenDefined('studio-json-editor').then(() => this." + method + "($0))",
                argument);
    }

    void setText(String text) {
        call("setText", text);
    }

    /** Problems and lint findings at their lines; {@code severity} "error" or "warning". */
    void setProblems(List<FileProblem> problems, List<FileProblem> warnings) {
        JsonArray list = Json.createArray();
        problems.forEach(problem -> list.set(list.length(), diagnostic(problem, "error")));
        warnings.forEach(warning -> list.set(list.length(), diagnostic(warning, "warning")));
        call("setProblems", list);
    }

    private static JsonObject diagnostic(FileProblem problem, String severity) {
        JsonObject diagnostic = Json.createObject();
        diagnostic.put("line", problem.line());
        diagnostic.put("column", problem.column());
        diagnostic.put("severity", severity);
        diagnostic.put("message", (problem.pointer().isEmpty() ? "/" : problem.pointer()) + ": " + problem.message());
        return diagnostic;
    }

    /**
     * Where the page sends what it had not sent when it is left (a closed tab, a reload): the JSON pane's last typing
     * and the form's typed fields, by {@code navigator.sendBeacon} (see json-editor.js), with the CSRF token.
     */
    void setBeacon(@Nullable NoteBeacon beacon) {
        if (beacon != null) {
            getElement().setAttribute("data-unsent-url", beacon.url());
            getElement().setAttribute("data-csrf-parameter", beacon.csrfParameter());
            getElement().setAttribute("data-csrf-token", beacon.csrfToken());
        }
    }

    /** The draft's revision the page's last-moment save is based on. */
    void setRevision(int revision) {
        getElement().setAttribute("data-revision", String.valueOf(revision));
    }

    void revealLine(int line) {
        call("revealLine", line);
    }

    Registration addTextChangedListener(ComponentEventListener<TextChanged> listener) {
        return addListener(TextChanged.class, listener);
    }

    /** The author paused typing, or left the editor: the whole text as it stands. */
    @DomEvent("text-changed")
    public static final class TextChanged extends ComponentEvent<JsonEditor> {
        private final String text;

        public TextChanged(JsonEditor source, boolean fromClient, @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
