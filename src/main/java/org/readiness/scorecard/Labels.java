package org.readiness.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The score card's words: the app's own translation bundle ({@code vaadin-i18n/translations*.properties}), so the
 * page and the card word every state alike. Read here without Vaadin, which the score card does not know.
 */
public final class Labels {

    private static final String BUNDLE = "/vaadin-i18n/translations";
    private static final Map<String, Labels> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Properties properties;
    private final Locale locale;

    private Labels(Properties properties, Locale locale) {
        this.properties = properties;
        this.locale = locale;
    }

    public static Labels of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Labels::load);
    }

    /** The default (English) words, overlaid with the language's own where it has a file. */
    private static Labels load(String language) {
        Properties properties = new Properties();
        read(BUNDLE + ".properties", properties);
        read(BUNDLE + "_" + language + ".properties", properties);
        return new Labels(properties, Locale.forLanguageTag(language));
    }

    private static void read(String resource, Properties into) {
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, Object... arguments) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no translation " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }
}
