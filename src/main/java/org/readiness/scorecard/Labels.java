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

/** The score card's own words, in English or Swedish (scorecard/labels*.properties, UTF-8). */
final class Labels {

    private static final Map<String, Labels> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Properties properties;
    private final Locale locale;

    private Labels(Properties properties, Locale locale) {
        this.properties = properties;
        this.locale = locale;
    }

    static Labels of(String language) {
        return BY_LANGUAGE.computeIfAbsent("sv".equals(language) ? "sv" : "en", Labels::load);
    }

    private static Labels load(String language) {
        String resource = "/scorecard/labels" + ("sv".equals(language) ? "_sv" : "") + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Labels(properties, Locale.forLanguageTag(language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key, Object... arguments) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no score card label " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }
}
