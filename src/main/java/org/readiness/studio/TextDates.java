package org.readiness.studio;

import org.readiness.studio.lint.TextKeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each language of each text of a draft last changed, by the text's {@link TextKeys key}: what tells a
 * translation older than its source text (the English changed after the Swedish was written).
 */
public final class TextDates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Map<String, Instant>> byKey;

    private TextDates(Map<String, Map<String, Instant>> byKey) {
        this.byKey = byKey;
    }

    /** Every text of the document written at one moment, as when a draft is made from a copy. */
    public static TextDates allAt(JsonNode document, Instant at) {
        return none().changed(null, document, at);
    }

    public static TextDates none() {
        return new TextDates(new TreeMap<>());
    }

    public Optional<Instant> of(String key, String language) {
        return Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(language));
    }

    /**
     * The dates after a change from {@code before} to {@code after}: every language whose text is new or different
     * gets {@code at}; texts gone are forgotten. An unreadable document ({@code null}) changes nothing.
     */
    public TextDates changed(JsonNode before, JsonNode after, Instant at) {
        if (after == null) {
            return this;
        }
        Map<String, TextKeys.Text> old = before == null ? Map.of() : TextKeys.of(before);
        Map<String, Map<String, Instant>> next = new TreeMap<>();
        TextKeys.of(after).forEach((key, text) -> {
            Map<String, Instant> dates = new TreeMap<>();
            text.values().forEach((language, value) -> {
                TextKeys.Text was = old.get(key);
                Instant known = byKey.getOrDefault(key, Map.of()).get(language);
                boolean same = was != null && Objects.equals(was.values().get(language), value) && known != null;
                dates.put(language, same ? known : at);
            });
            next.put(key, dates);
        });
        return new TextDates(next);
    }

    /** The same dates with one text's language set, as a test or an import sets it. */
    public TextDates with(String key, String language, Instant at) {
        Map<String, Map<String, Instant>> next = new TreeMap<>(byKey);
        Map<String, Instant> dates = new TreeMap<>(next.getOrDefault(key, Map.of()));
        dates.put(language, at);
        next.put(key, dates);
        return new TextDates(next);
    }

    public String toJson() {
        var tree = JSON.createObjectNode();
        byKey.forEach((key, dates) -> {
            var text = tree.putObject(key);
            dates.forEach((language, at) -> text.put(language, at.toString()));
        });
        return tree.toString();
    }

    static TextDates fromJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            Map<String, Map<String, Instant>> byKey = new TreeMap<>();
            tree.fields().forEachRemaining(text -> {
                Map<String, Instant> dates = new TreeMap<>();
                text.getValue().fields().forEachRemaining(date -> dates.put(date.getKey(), read(date.getValue())));
                byKey.put(text.getKey(), dates);
            });
            return new TextDates(byKey);
        } catch (JsonProcessingException e) {
            return none();
        }
    }

    private static Instant read(JsonNode value) {
        return Instant.parse(value.asText());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextDates dates && dates.byKey.equals(byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }
}
