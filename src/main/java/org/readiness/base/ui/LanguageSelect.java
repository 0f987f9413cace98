package org.readiness.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.Locale;

/**
 * English / Svenska, each named in its own language. Vaadin's select element with its items as a property: one state
 * node on every page, where the select component keeps one for its list and one for each item.
 */
@Tag("vaadin-select")
@JsModule("@vaadin/select/src/vaadin-select.js")
class LanguageSelect extends Component implements LocaleChangeObserver {

    LanguageSelect() {
        getElement().getClassList().add("language-select");
        JsonArray items = Json.createArray();
        for (Locale locale : Languages.ALL) {
            String language = Languages.of(locale);
            JsonObject item = Json.createObject();
            item.put("label", "sv".equals(language) ? "Svenska" : "English");
            item.put("value", language);
            items.set(items.length(), item);
        }
        getElement().setPropertyJson("items", items);
        getElement().addEventListener("change", event -> Languages.switchTo(
                Languages.locale(event.getEventData().getString("element.value")))).addEventData("element.value");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show(attachEvent.getUI().getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show(event.getLocale());
    }

    private void show(Locale locale) {
        getElement().setProperty("accessibleName", getTranslation("app.language"));
        getElement().setProperty("value", Languages.of(locale));
    }
}
