package org.readiness.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.readiness.words.Words;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations ({@code getTranslation}) from the app's one source of words, so that pages, score cards and
 * mails word and format everything alike.
 */
@Component
class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Words.in(Languages.of(locale)).get(key, params);
    }
}
