package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks; the choice is kept in the session, so every page and tab follows it. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final List<Locale> ALL = List.of(ENGLISH, SWEDISH);

    private Languages() {
    }

    /** The language code of the current session: "sv" when it speaks Swedish, otherwise "en". */
    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session != null ? session.getLocale() : UI.getCurrent().getLocale();
        return of(locale);
    }

    public static String of(Locale locale) {
        return locale != null && SWEDISH.getLanguage().equals(locale.getLanguage()) ? "sv" : "en";
    }

    public static Locale locale(String language) {
        return "sv".equals(language) ? SWEDISH : ENGLISH;
    }

    /** Switches the whole session; pages listening for locale changes render themselves again. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
    }
}
