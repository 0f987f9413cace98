package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.questionnaire.file.PointerLocations;
import org.readiness.studio.DraftEditor;

import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the checks say about the draft: every problem as {@code --validate} prints it (pointer, line, column and
 * sentence), then the linter's findings; each one leads to its place in the form and the JSON.
 */
final class ProblemList extends Div {

    private final Consumer<FileProblem> show;

    ProblemList(Consumer<FileProblem> show) {
        this.show = show;
        addClassName("problem-list");
    }

    void show(List<FileProblem> problems, List<FileProblem> findings) {
        removeAll();
        H2 heading = new H2(problems.isEmpty() ? getTranslation("studio.problems.none")
                : getTranslation("studio.problems.count", problems.size()));
        add(heading);
        if (!problems.isEmpty()) {
            add(list(problems, "problem"));
        }
        if (!findings.isEmpty()) {
            add(new Paragraph(getTranslation("studio.lint.count", findings.size())), list(findings, "finding"));
        }
        getElement().setAttribute("data-problems", String.valueOf(problems.size()));
    }

    private UnorderedList list(List<FileProblem> items, String kind) {
        UnorderedList list = new UnorderedList();
        list.addClassName(kind + "s");
        for (FileProblem item : items) {
            Button go = new Button(sentence(item), click -> show.accept(item));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClassName(kind);
            list.add(new ListItem(go));
        }
        return list;
    }

    /** The linter's findings in the reader's language, each at its place in the file. */
    static List<FileProblem> lintFindings(com.vaadin.flow.component.Component ui, DraftEditor editor) {
        PointerLocations locations = PointerLocations.of(editor.text().getBytes(StandardCharsets.UTF_8));
        return editor.findings().stream().map(finding -> locations.problem("lint", finding.pointer(),
                ui.getTranslation("studio.lint." + finding.rule(), finding.arguments().toArray()))).toList();
    }

    /** The line {@code --validate} prints for the problem, without the file's name. */
    static String sentence(FileProblem problem) {
        String where = problem.line() > 0 ? " (line " + problem.line() + ", column " + problem.column() + ")" : "";
        return (problem.pointer().isEmpty() ? "/" : problem.pointer()) + where + ": " + problem.message();
    }
}
