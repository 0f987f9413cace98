package org.readiness.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A draft's text and its JSON tree. The studio's form edits the tree and writes the whole file anew in one layout
 * (two spaces, {@code "key": value}, a newline at the end); text typed in the code editor is kept as typed.
 */
public final class DraftJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DraftJson() {
    }

    /** The document, when the text is JSON with an object at its top. */
    public static Optional<ObjectNode> parse(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            return tree instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode document) {
        try {
            return JSON.writer(LAYOUT).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The questionnaire id the text names, or the fallback when it names none. */
    public static String idOf(String text, String fallback) {
        return parse(text).map(tree -> tree.path("id")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(id -> !id.isBlank() && id.length() <= 64).orElse(fallback);
    }

    /** The languages the document carries, "en" and "sv" while it names none. */
    public static List<String> languages(JsonNode tree) {
        List<String> languages = new ArrayList<>();
        tree.path("languages").forEach(language -> languages.add(language.asText()));
        return languages.isEmpty() ? List.of("en", "sv") : languages;
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
