package org.readiness.scorecard;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * File names that every file system takes: {@code readiness-<organisation>-<yyyy-mm-dd>.<ext>}, with the
 * organisation reduced to ASCII letters, digits and hyphens.
 */
public final class FileNames {

    private static final int MAX_ORGANISATION_LENGTH = 60;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private FileNames() {
    }

    public static String of(Format format, @Nullable String organisation, LocalDate date) {
        String name = slug(organisation);
        return "readiness-" + (name.isEmpty() ? "" : name + "-") + date + "." + format.extension();
    }

    static String slug(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text.replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                .replace("Ł", "L").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_ORGANISATION_LENGTH) {
            slug = slug.substring(0, MAX_ORGANISATION_LENGTH).replaceAll("-+$", "");
        }
        return WINDOWS_RESERVED.contains(slug) ? slug + "-org" : slug;
    }
}
