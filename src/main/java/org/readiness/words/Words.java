package org.readiness.words;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's words in one language, for pages, score cards and mails alike: the translation bundle
 * ({@code vaadin-i18n/translations*.properties}, English as the base), and numbers and dates as that language's
 * readers write them ("10,7" in Swedish). An apostrophe in a text is always an apostrophe; {@code {0}} and the like
 * take the arguments, numbers among them formatted for the language.
 */
public final class Words {

    public static final String BUNDLE = "/vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Words.class);
    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Set<String> REPORTED_MISSING = ConcurrentHashMap.newKeySet();

    private final String language;
    private final Locale locale;
    private final Properties texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Words(String language, Properties texts) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern(texts.getProperty("format.date"), locale);
        this.dateTime = DateTimeFormatter.ofPattern(texts.getProperty("format.date-time"), locale);
    }

    /** The words of a language the bundle has a file for; English ones where it has none. */
    public static Words in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Words::load);
    }

    private static Words load(String language) {
        Properties texts = new Properties();
        read(BUNDLE + ".properties", texts);
        read(BUNDLE + "_" + language + ".properties", texts);
        return new Words(language, texts);
    }

    private static void read(String resource, Properties into) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its arguments in place; a key the bundle lacks shows as {@code !{key}!}. */
    public String get(String key, Object... arguments) {
        return find(key, arguments).orElseGet(() -> {
            if (REPORTED_MISSING.add(language + ":" + key)) {
                log.warn("No text \"{}\" in the translations for \"{}\"", key, language);
            }
            return "!{" + key + "}!";
        });
    }

    public Optional<String> find(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return Optional.empty();
        }
        if (arguments.length == 0) {
            return Optional.of(pattern);
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Double || arguments[i] instanceof Float || arguments[i] instanceof BigDecimal
                    ? number(((Number) arguments[i]).doubleValue()) : arguments[i];
        }
        return Optional.of(new MessageFormat(pattern.replace("'", "''"), locale).format(shown));
    }

    /** Points or a score as people of this language write them, with at most two decimals: "10,7", "2", "1,67". */
    public String number(double number) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale)).format(number);
    }

    /** A number as it was given, every decimal kept, with this language's decimal sign: "2,5". */
    public String number(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        return plain.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    /** A day, e.g. "6 Dec 2026". */
    public String date(Instant instant, ZoneId zone) {
        return date.format(instant.atZone(zone));
    }

    /** A moment, with its time zone so nobody reads it in another: "6 Dec 2026, 14:05 CET". */
    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime.format(instant.atZone(zone));
    }
}
