package org.readiness.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The app's own words, as a person reads them on a page in English or Swedish: for the helpers that find a button or
 * a field by its name on pages of either language.
 */
final class Words {

    private static final Map<String, Properties> BY_LANGUAGE = Map.of(
            "en", load("vaadin-i18n/translations.properties"), "sv", load("vaadin-i18n/translations_sv.properties"));

    private Words() {
    }

    /** The text of a key in a language, with its arguments filled in as the app does. */
    static String in(String language, String key, Object... arguments) {
        String text = Objects.requireNonNull(BY_LANGUAGE.get(language).getProperty(key), key);
        return arguments.length == 0 ? text
                : new MessageFormat(text, Locale.forLanguageTag(language)).format(arguments);
    }

    /** Exactly one of the keys' texts, in either language: the name of a button whatever the page speaks. */
    static Pattern either(String... keys) {
        return Pattern.compile("^(" + Arrays.stream(keys)
                .flatMap(key -> BY_LANGUAGE.keySet().stream().map(language -> in(language, key)))
                .map(Words::literal).collect(Collectors.joining("|")) + ")$");
    }

    /** Exactly this text, as a pattern JavaScript reads too (it knows no \\Q...\\E quoting). */
    static Pattern exactly(String text) {
        return Pattern.compile("^" + literal(text) + "$");
    }

    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                Words.class.getClassLoader().getResourceAsStream(resource), resource), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
