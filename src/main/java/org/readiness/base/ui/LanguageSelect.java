package org.readiness.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.util.Locale;

/** English / Svenska, each named in its own language. */
class LanguageSelect extends Composite<Select<Locale>> implements LocaleChangeObserver {

    LanguageSelect() {
        Select<Locale> select = getContent();
        select.setItems(Languages.ALL);
        select.setItemLabelGenerator(locale -> "sv".equals(Languages.of(locale)) ? "Svenska" : "English");
        select.addClassName("language-select");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Languages.switchTo(event.getValue());
            }
        });
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
        getContent().setAriaLabel(getTranslation("app.language"));
        getContent().setValue(Languages.locale(Languages.of(locale)));
    }
}
