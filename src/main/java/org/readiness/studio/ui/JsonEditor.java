package org.readiness.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.readiness.questionnaire.file.FileProblem;

import java.util.List;

/**
 * The file's JSON in a real code editor: CodeMirror 6 with {@code @codemirror/lang-json}, wrapped as a component.
 * It checks nothing itself: the server's problems (the one reader of {@code --validate}) are shown at their lines.
 */
@Tag("studio-json-editor")
@NpmPackage(value = "codemirror", version = "6.0.2")
@NpmPackage(value = "@codemirror/lang-json", version = "6.0.2")
@NpmPackage(value = "@codemirror/lint", version = "6.9.8")
@JsModule("./studio/json-editor.js")
class JsonEditor extends Component implements HasSize {

    JsonEditor(String label) {
        getElement().setAttribute("label", label);
        addClassName("json-editor");
    }

    void setText(String text) {
        getElement().callJsFunction("setText", text);
    }

    /** Problems and lint findings at their lines; {@code severity} "error" or "warning". */
    void setProblems(List<FileProblem> problems, List<FileProblem> warnings) {
        JsonArray list = Json.createArray();
        problems.forEach(problem -> list.set(list.length(), diagnostic(problem, "error")));
        warnings.forEach(warning -> list.set(list.length(), diagnostic(warning, "warning")));
        getElement().callJsFunction("setProblems", list);
    }

    private static JsonObject diagnostic(FileProblem problem, String severity) {
        JsonObject diagnostic = Json.createObject();
        diagnostic.put("line", problem.line());
        diagnostic.put("column", problem.column());
        diagnostic.put("severity", severity);
        diagnostic.put("message", (problem.pointer().isEmpty() ? "/" : problem.pointer()) + ": " + problem.message());
        return diagnostic;
    }

    void revealLine(int line) {
        getElement().callJsFunction("revealLine", line);
    }

    Registration addTextChangedListener(ComponentEventListener<TextChanged> listener) {
        return addListener(TextChanged.class, listener);
    }

    /** The author paused typing, or left the editor: the whole text as it stands. */
    @DomEvent("text-changed")
    static final class TextChanged extends ComponentEvent<JsonEditor> {
        private final String text;

        TextChanged(JsonEditor source, boolean fromClient, @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
