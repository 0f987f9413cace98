package org.readiness.studio.lint;

import com.fasterxml.jackson.databind.JsonNode;
import org.readiness.questionnaire.Questionnaire;

import java.time.Instant;
import java.util.Optional;

/**
 * What the linter looks at: the questionnaire (one that passes every check), its document, and when each language
 * of each text last changed (by {@link TextKeys key}), which only a draft knows.
 */
public record LintInput(Questionnaire questionnaire, JsonNode document, TextAges ages) {

    /** When a text's version in a language last changed. */
    @FunctionalInterface
    public interface TextAges {
        Optional<Instant> of(String key, String language);
    }

    /** For a file without history: no translation can be told to be older. */
    public static TextAges unknownAges() {
        return (key, language) -> Optional.empty();
    }
}
