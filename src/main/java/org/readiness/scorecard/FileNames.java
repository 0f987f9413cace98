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

    /**
     * The Content-Disposition of a download as RFC 6266 writes it: a quoted ASCII {@code filename} for old clients and
     * the exact name as {@code filename*=UTF-8''...} (RFC 8187), never an RFC 2047 encoded word.
     */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
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
