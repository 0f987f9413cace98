package org.readiness.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;
import java.util.TreeMap;

/**
 * A human text in every language a questionnaire carries, such as {@code {"en": "Yes", "sv": "Ja"}}.
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(new TreeMap<>(values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text in the given language, else in English, else in any language the text has. */
    public String in(String language) {
        String text = values.get(language);
        if (text != null) {
            return text;
        }
        text = values.get("en");
        return text != null ? text : values.values().stream().sorted().findFirst().orElse("");
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }
}
