package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.readiness.studio.DraftJson;
import org.readiness.studio.TreeEdits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The inputs of the studio's form, each bound to a JSON pointer of the document: a change is written there at once
 * (a text as the author pauses typing), and each is registered with its pointer so problems can be shown at it.
 */
class FormInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    protected final JsonNode document;
    protected final List<String> languages;
    private final Editing edit;
    private final Map<String, FieldBox> fields;
    private final List<Component> components = new ArrayList<>();

    FormInputs(JsonNode document, List<String> languages, Editing edit,
               Map<String, FieldBox> fields) {
        this.document = document;
        this.languages = languages;
        this.edit = edit;
        this.fields = fields;
    }

    List<Component> components() {
        return components;
    }

    protected String t(String key, Object... parameters) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, parameters);
    }

    protected JsonNode at(String pointer) {
        return TreeEdits.at(document, pointer);
    }

    protected void write(String pointer, JsonNode value) {
        edit.apply(tree -> TreeEdits.set(tree, pointer, value), false);
    }

    /** A change that adds or removes parts, after which the form is built anew. */
    protected void change(Consumer<ObjectNode> change) {
        edit.apply(change, true);
    }

    protected FieldBox box(String pointer, Component... inputs) {
        FieldBox box = new FieldBox(pointer, inputs);
        fields.put(pointer, box);
        components.add(box);
        return box;
    }

    /** A text in every language side by side; an optional one that is emptied in every language goes. */
    void texts(String pointer, String label, boolean optional) {
        Div row = new Div();
        row.addClassName("texts-row");
        JsonNode text = at(pointer);
        for (String language : languages) {
            TextArea field = new TextArea(label + " (" + language + ")");
            field.setValue(text.path(language).asText(""));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.getElement().setAttribute("lang", language);
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    edit.apply(tree -> setText(tree, pointer, language, change.getValue(), optional), false);
                }
            });
            row.add(field);
        }
        box(pointer, row);
    }

    private void setText(ObjectNode tree, String pointer, String language, String value, boolean optional) {
        JsonNode current = TreeEdits.at(tree, pointer);
        ObjectNode text = current.isObject() ? (ObjectNode) current.deepCopy() : NODES.objectNode();
        languages.forEach(each -> {
            if (!text.has(each)) {
                text.put(each, "");
            }
        });
        text.put(language, value);
        boolean empty = languages.stream().allMatch(each -> text.path(each).asText("").isEmpty());
        TreeEdits.set(tree, pointer, optional && empty ? null : text);
    }

    void string(String pointer, String label, boolean optional) {
        TextField field = new TextField(label);
        field.setValue(at(pointer).asText(""));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                String value = change.getValue().strip();
                write(pointer, optional && value.isEmpty() ? null : NODES.textNode(value));
            }
        });
        box(pointer, field);
    }

    void number(String pointer, String label, boolean optional) {
        NumberField field = new NumberField(label);
        JsonNode value = at(pointer);
        if (value.isNumber()) {
            field.setValue(value.asDouble());
        }
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Double number = change.getValue();
                write(pointer, number == null ? (optional ? null : NODES.numberNode(0)) : numberNode(number));
            }
        });
        box(pointer, field);
    }

    static JsonNode numberNode(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? NODES.numberNode((long) number)
                : NODES.numberNode(number);
    }

    void flag(String pointer, String label) {
        Checkbox box = new Checkbox(label, at(pointer).asBoolean(false));
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                write(pointer, change.getValue() ? NODES.booleanNode(true) : null);
            }
        });
        box(pointer, box);
    }

    /** One of a fixed set of values; "" stands for none, when the field is optional. */
    void choice(String pointer, String label, List<String> values, boolean optional) {
        ComboBox<String> select = new ComboBox<>(label);
        List<String> items = new ArrayList<>(values);
        if (optional) {
            items.add(0, "");
        }
        select.setItems(items);
        select.setItemLabelGenerator(value -> value.isEmpty() ? t("studio.form.none") : value);
        select.setValue(items.contains(at(pointer).asText("")) ? at(pointer).asText("") : optional ? "" : null);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                JsonNode value = change.getValue() == null || change.getValue().isEmpty() ? null
                        : NODES.textNode(change.getValue());
                edit.apply(tree -> TreeEdits.set(tree, pointer, value), pointer.endsWith("/type"));
            }
        });
        box(pointer, select);
    }

    /** A list of ids, written comma-separated; empty removes the field. */
    void ids(String pointer, String label, String helper) {
        TextField field = new TextField(label);
        List<String> current = new ArrayList<>();
        at(pointer).forEach(each -> current.add(each.asText()));
        field.setValue(String.join(", ", current));
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                var array = NODES.arrayNode();
                Arrays.stream(change.getValue().split(",")).map(String::strip).filter(id -> !id.isEmpty())
                        .forEach(array::add);
                write(pointer, array.isEmpty() ? null : array);
            }
        });
        box(pointer, field);
    }

    /** A condition as the file writes it; emptied, an optional one goes. */
    void condition(String pointer, String label, boolean optional) {
        TextArea field = new TextArea(label);
        JsonNode condition = at(pointer);
        field.setValue(condition.isMissingNode() ? "" : condition.toString());
        field.setHelperText(t("studio.form.condition.help"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addClassName("condition-field");
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                String text = change.getValue().strip();
                if (text.isEmpty()) {
                    write(pointer, optional ? null : NODES.objectNode());
                    return;
                }
                DraftJson.parse(text).ifPresentOrElse(parsed -> {
                    field.setInvalid(false);
                    write(pointer, parsed);
                }, () -> {
                    field.setErrorMessage(t("studio.form.condition.not-json"));
                    field.setInvalid(true);
                });
            }
        });
        box(pointer, field);
    }

    List<String> idsOf(String listField) {
        List<String> ids = new ArrayList<>();
        document.path(listField).forEach(each -> ids.add(each.path("id").asText()));
        return ids;
    }
}
