package org.readiness.studio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.readiness.studio.lint.TextKeys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text of a draft against every language, for a translator: which are missing and which are older than their
 * source text; out as CSV (key, then a column per language) and back in. An import changes only the texts it
 * differs in, says which, and is refused whole when it names a key or a language the draft does not have.
 */
public final class Translations {

    private Translations() {
    }

    /** One text: its key, its place in the file, and per language its words, whether missing and whether stale. */
    public record Row(String key, String pointer, Map<String, String> values, List<String> missing, List<String> stale) {
    }

    public static List<Row> rows(ObjectNode document, TextDates dates, List<String> languages) {
        List<Row> rows = new ArrayList<>();
        String source = languages.get(0);
        TextKeys.of(document).forEach((key, text) -> {
            List<String> missing = languages.stream().filter(language -> text.values()
                    .getOrDefault(language, "").isBlank()).toList();
            Optional<Instant> sourceChanged = dates.of(key, source);
            List<String> stale = languages.stream().skip(1).filter(language -> sourceChanged.isPresent()
                    && dates.of(key, language).map(written -> written.isBefore(sourceChanged.get())).orElse(false))
                    .toList();
            rows.add(new Row(key, text.pointer(), text.values(), missing, stale));
        });
        return rows;
    }

    public static String csv(ObjectNode document, List<String> languages) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("key"));
        header.addAll(languages);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (var entry : TextKeys.of(document).entrySet()) {
                List<String> record = new ArrayList<>(List.of(entry.getKey()));
                languages.forEach(language -> record.add(entry.getValue().values().getOrDefault(language, "")));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What an import did, or why it was refused (nothing changed then). */
    public record Imported(List<Change> changes, List<String> unknownKeys, List<String> unknownLanguages,
                           boolean unreadable) {

        public boolean isRefused() {
            return unreadable || !unknownKeys.isEmpty() || !unknownLanguages.isEmpty();
        }
    }

    public record Change(String key, String language, String before, String after) {
    }

    /** Reads the CSV against the document and applies its changes to it, unless the import is refused. */
    public static Imported importCsv(ObjectNode document, List<String> languages, String csv) {
        Map<String, TextKeys.Text> texts = TextKeys.of(document);
        List<Change> changes = new ArrayList<>();
        List<String> unknownKeys = new ArrayList<>();
        List<String> unknownLanguages = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            List<String> columns = parser.getHeaderNames();
            if (columns.isEmpty() || !"key".equals(columns.get(0))) {
                return new Imported(List.of(), List.of(), List.of(), true);
            }
            columns.stream().skip(1).filter(column -> !languages.contains(column)).forEach(unknownLanguages::add);
            for (CSVRecord record : parser) {
                TextKeys.Text text = texts.get(record.get("key"));
                if (text == null) {
                    unknownKeys.add(record.get("key"));
                    continue;
                }
                for (String language : columns.subList(1, columns.size())) {
                    String value = record.isMapped(language) && record.isSet(language) ? record.get(language) : "";
                    String before = text.values().getOrDefault(language, "");
                    if (languages.contains(language) && !value.equals(before)) {
                        changes.add(new Change(record.get("key"), language, before, value));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            return new Imported(List.of(), List.of(), List.of(), true);
        }
        Imported imported = new Imported(changes, unknownKeys, unknownLanguages, false);
        if (!imported.isRefused()) {
            changes.forEach(change -> ((ObjectNode) TreeEdits.at(document, texts.get(change.key()).pointer()))
                    .put(change.language(), change.after()));
        }
        return imported;
    }
}
