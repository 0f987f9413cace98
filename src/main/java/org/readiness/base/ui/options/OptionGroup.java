package org.readiness.base.ui.options;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableFunction;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.List;

/**
 * A question's options as native radio buttons or checkboxes in one element ({@code readiness-choices.js}): the server
 * keeps one state node for the whole group, where a Vaadin radio group keeps three for every option. Label, options,
 * value, help, error and the required mark are properties of the element, which draws them as text.
 */
@Tag("readiness-choices")
public abstract class OptionGroup<T> extends AbstractSinglePropertyField<OptionGroup<T>, T>
        implements HasLabel, HasHelper, HasValidation {

    /** Served as a static file, outside Vaadin's bundle, so no build needs npm for it. */
    static final String MODULE = "/choices/readiness-choices.js";

    OptionGroup(String label, T empty, SerializableFunction<JsonArray, T> fromPage,
            SerializableFunction<T, JsonArray> toPage) {
        super("value", empty, JsonArray.class, fromPage, toPage);
        setLabel(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule(MODULE);
    }

    public void setOptions(List<Choice> options) {
        JsonArray list = Json.createArray();
        for (Choice option : options) {
            JsonObject item = Json.createObject();
            item.put("value", option.value());
            item.put("label", option.label());
            if (option.end() != null) {
                item.put("end", option.end());
            } else if (option.apart()) {
                item.put("apart", true);
            }
            list.set(list.length(), item);
        }
        getElement().setPropertyJson("options", list);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getElement().setProperty("errorMessage", errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getElement().getProperty("errorMessage", "");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    static JsonArray array(Iterable<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(value -> array.set(array.length(), value));
        return array;
    }
}
