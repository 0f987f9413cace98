package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.readiness.studio.DraftJson;
import org.readiness.studio.FieldWrite;
import org.readiness.studio.TreeEdits;

import java.util.ArrayList;
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
            field.getElement().setAttribute("lang", language);
            typed(field, new FieldWrite(FieldWrite.Kind.TEXT, pointer, language, optional, ""));
            row.add(field);
        }
        box(pointer, row);
    }

    /**
     * A typed field: what it holds is written through {@link FieldWrite} as the author pauses, and the page knows
     * where it goes, for the last-moment save of a closed tab ({@link UnsentChanges}).
     */
    private void typed(AbstractField<?, ?> field, FieldWrite write) {
        if (field instanceof HasValueChangeMode typing) {
            typing.setValueChangeMode(ValueChangeMode.LAZY);
        }
        mark(field, write);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Object value = change.getValue();
                String text = value == null ? "" : value instanceof Double number
                        ? FieldWrite.numberNode(number).asText() : value.toString();
                edit.apply(tree -> write.with(text).writeTo(tree), false);
            }
        });
    }

    private static void mark(Component field, FieldWrite write) {
        field.getElement().setAttribute("data-write", write.kind().attribute());
        field.getElement().setAttribute("data-pointer", write.pointer());
        field.getElement().setAttribute("data-optional", write.optional());
        if (write.language() != null) {
            field.getElement().setAttribute("data-language", write.language());
        }
    }

    void string(String pointer, String label, boolean optional) {
        TextField field = new TextField(label);
        field.setValue(at(pointer).asText(""));
        typed(field, new FieldWrite(FieldWrite.Kind.STRING, pointer, null, optional, ""));
        box(pointer, field);
    }

    void number(String pointer, String label, boolean optional) {
        NumberField field = new NumberField(label);
        JsonNode value = at(pointer);
        if (value.isNumber()) {
            field.setValue(value.asDouble());
        }
        typed(field, new FieldWrite(FieldWrite.Kind.NUMBER, pointer, null, optional, ""));
        box(pointer, field);
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
        typed(field, new FieldWrite(FieldWrite.Kind.IDS, pointer, null, true, ""));
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
        FieldWrite write = new FieldWrite(FieldWrite.Kind.CONDITION, pointer, null, optional, "");
        mark(field, write);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                String text = change.getValue();
                boolean json = text.isBlank() || DraftJson.parse(text.strip()).isPresent();
                field.setErrorMessage(json ? null : t("studio.form.condition.not-json"));
                field.setInvalid(!json);
                if (json) {
                    edit.apply(tree -> write.with(text).writeTo(tree), false);
                }
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
