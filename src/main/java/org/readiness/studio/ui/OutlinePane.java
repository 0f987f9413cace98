package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.readiness.studio.Outline;
import org.readiness.studio.TreeEdits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The outline: the questionnaire, its steps and questions, areas, bands, structure, owners, actions and roles, each
 * marked with its problems. Steps, questions and the items of a list move by drag and drop, or by keyboard: Alt+Up and
 * Alt+Down on the selected line, or the two buttons.
 */
final class OutlinePane extends Div {

    private final Grid<Outline.Item> grid = new Grid<>();
    private final Editing edit;
    private final Consumer<Outline.Item> selected;
    /** Where the selected item goes by a move, told before the move is made. */
    private final Consumer<String> moved;
    private JsonNode document;
    private String language;
    private Map<String, Integer> problemCounts = Map.of();
    private Outline.Item dragged;
    /** The items on the grid and how each line reads: a change that keeps them keeps the rows the pointer is on. */
    private List<Outline.Item> shown = List.of();
    private Map<Outline.Item, String> looks = Map.of();

    OutlinePane(Editing edit, Consumer<Outline.Item> selected, Consumer<String> moved) {
        this.edit = edit;
        this.selected = selected;
        this.moved = moved;
        addClassName("outline-pane");
        grid.addComponentColumn(this::line).setHeader(getTranslation("studio.outline"));
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().stream().findFirst().orElse(null));
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target ->
                dropOn(target, drop.getDropLocation())));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                selected.accept(change.getValue());
            }
        });
        grid.setClassNameGenerator(item -> "outline-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
        grid.setAllRowsVisible(false);
        grid.setHeight("100%");
        // A question is known by its text, longer than the pane is wide: the text wraps, never cut.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Shortcuts.addShortcutListener(grid, () -> moveSelected(-1), Key.ARROW_UP, KeyModifier.ALT).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> moveSelected(1), Key.ARROW_DOWN, KeyModifier.ALT).listenOn(grid);
        Button up = new Button(getTranslation("studio.outline.up"), click -> moveSelected(-1));
        Button down = new Button(getTranslation("studio.outline.down"), click -> moveSelected(1));
        up.addThemeVariants(ButtonVariant.LUMO_SMALL);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL);
        up.addClassName("move-up");
        down.addClassName("move-down");
        Div moves = new Div(up, down);
        moves.addClassName("outline-moves");
        Span hint = new Span(getTranslation("studio.outline.hint"));
        hint.addClassName("outline-hint");
        add(new H2(getTranslation("studio.outline")), moves, hint, grid);
    }

    /**
     * Shows the document's items. The grid's rows are replaced only when the items are (one added, removed, moved or
     * renamed); otherwise only the lines whose words changed are drawn again, so a click on a row is never lost to a
     * row replaced by the change before it.
     */
    void show(JsonNode document, String language, Map<String, Integer> problemCounts, String selectedPointer) {
        this.document = document;
        this.language = language;
        this.problemCounts = problemCounts;
        List<Outline.Item> items = Outline.of(document);
        Map<Outline.Item, String> newLooks = new HashMap<>();
        items.forEach(item -> newLooks.put(item, label(item) + "\n" + problemCounts.getOrDefault(item.pointer(), 0)));
        if (!items.equals(shown)) {
            shown = items;
            grid.setItems(items);
        } else {
            items.stream().filter(item -> !newLooks.get(item).equals(looks.get(item)))
                    .forEach(grid.getDataProvider()::refreshItem);
        }
        looks = newLooks;
        items.stream().filter(item -> item.pointer().equals(selectedPointer)).findFirst()
                .filter(item -> !item.equals(grid.asSingleSelect().getValue()))
                .ifPresent(grid::select);
    }

    private Div line(Outline.Item item) {
        Span name = new Span(label(item));
        Div line = new Div(name);
        line.addClassName("outline-line");
        int problems = problemCounts.getOrDefault(item.pointer(), 0);
        if (problems > 0) {
            Span marker = new Span(getTranslation("studio.outline.problems", problems));
            marker.addClassName("outline-problems");
            line.add(marker);
        }
        return line;
    }

    private String label(Outline.Item item) {
        JsonNode node = TreeEdits.at(document, item.pointer());
        String kind = getTranslation("studio.kind." + item.kind().name());
        return switch (item.kind()) {
            case QUESTIONNAIRE -> text(node.path("title"), item.id());
            case STEP -> kind + ": " + text(node.path("title"), item.id());
            case QUESTION -> text(node.path("text"), item.id());
            case AREA, OWNER, ACTION -> kind + ": " + text(node.path("title"), item.id());
            case ROLE -> kind + ": " + text(node.path("label"), item.id());
            case BANDS, STRUCTURE -> kind;
        };
    }

    private String text(JsonNode text, String fallback) {
        String value = text.path(language).asText("");
        if (value.isBlank()) {
            value = text.elements().hasNext() ? text.elements().next().asText("") : "";
        }
        return value.isBlank() ? fallback : value;
    }

    private void moveSelected(int by) {
        grid.asSingleSelect().getOptionalValue().ifPresent(item -> {
            if (item.list().isEmpty()) {
                return;
            }
            int to = item.index() + by;
            int size = TreeEdits.at(document, item.list()).size();
            if (to >= 0 && to < size) {
                moved.accept(item.list() + "/" + to);
                edit.apply(tree -> TreeEdits.move(tree, item.list(), item.index(), to), true);
            } else if (item.kind() == Outline.Kind.QUESTION) {
                moveAcrossSteps(item, by);
            }
        });
    }

    /** A question at the top or bottom of its step moves to the end of the step before, or the start of the next. */
    private void moveAcrossSteps(Outline.Item question, int by) {
        int step = Integer.parseInt(question.list().split("/")[2]);
        int target = step + by;
        if (target < 0 || target >= document.path("steps").size()) {
            return;
        }
        String targetList = "/steps/" + target + "/questions";
        int at = by < 0 ? TreeEdits.at(document, targetList).size() : 0;
        moved.accept(targetList + "/" + at);
        edit.apply(tree -> TreeEdits.moveTo(tree, question.list(), question.index(), targetList, at), true);
    }

    private void dropOn(Outline.Item target, GridDropLocation location) {
        Outline.Item item = dragged;
        if (item == null || item.equals(target) || item.list().isEmpty()) {
            return;
        }
        if (item.kind() == Outline.Kind.QUESTION && target.kind() == Outline.Kind.STEP) {
            String targetList = target.pointer() + "/questions";
            moved.accept(targetList + "/0");
            edit.apply(tree -> TreeEdits.moveTo(tree, item.list(), item.index(), targetList, 0), true);
        } else if (item.kind() == target.kind()) {
            int to = target.index() + (location == GridDropLocation.BELOW ? 1 : 0);
            if (item.list().equals(target.list()) && item.index() < to) {
                to--;
            }
            int at = to;
            moved.accept(target.list() + "/" + at);
            edit.apply(tree -> TreeEdits.moveTo(tree, item.list(), item.index(), target.list(), at), true);
        }
    }
}
