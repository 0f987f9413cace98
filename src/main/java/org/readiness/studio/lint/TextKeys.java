package org.readiness.studio.lint;

import com.fasterxml.jackson.databind.JsonNode;
import org.readiness.questionnaire.file.TextCheck;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every text of a questionnaire document ({"en": ..., "sv": ...}) under a key that survives reordering: ids instead
 * of positions ({@code questions/company-size/options/1-10/label}), a question by its id alone, since a question
 * id is unique in the whole file and a question may move to another step.
 */
public final class TextKeys {

    private TextKeys() {
    }

    /** A text's place in the document (JSON pointer) and its versions by language. */
    public record Text(String pointer, Map<String, String> values) {
    }

    /** The document's texts by key, in document order. */
    public static Map<String, Text> of(JsonNode document) {
        Map<String, Text> texts = new LinkedHashMap<>();
        walk(document, "", "", texts);
        return texts;
    }

    private static void walk(JsonNode node, String key, String pointer, Map<String, Text> texts) {
        if (isText(node)) {
            Map<String, String> values = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
            texts.put(key, new Text(pointer, values));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), join(key, field.getKey()), pointer + "/" + escape(field.getKey()), texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String name = element.path("id").isTextual() ? element.get("id").asText()
                        : element.path("value").isTextual() ? element.get("value").asText() : String.valueOf(i);
                String elementKey = key.matches("steps/[^/]+/questions") ? "questions/" + name : join(key, name);
                walk(element, elementKey, pointer + "/" + i, texts);
            }
        }
    }

    private static String join(String key, String name) {
        return key.isEmpty() ? name : key + "/" + name;
    }

    /** An object of two-letter language codes with strings, as the format's texts are. */
    public static boolean isText(JsonNode node) {
        return TextCheck.isText(node);
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
