package org.readiness.questionnaire.file;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Every text object of a file ({"en": ..., "sv": ...}) carries each declared language and no other. */
public final class TextCheck {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final List<String> languages;
    private final Findings findings;

    private TextCheck(List<String> languages, Findings findings) {
        this.languages = languages;
        this.findings = findings;
    }

    static void check(JsonNode document, List<String> languages, Findings findings) {
        new TextCheck(languages, findings).walk(document, "");
    }

    private void walk(JsonNode node, String pointer) {
        if (isText(node)) {
            checkText(node, pointer);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), pointer + "/" + escape(field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i);
            }
        }
    }

    private void checkText(JsonNode node, String pointer) {
        for (String language : languages) {
            JsonNode text = node.get(language);
            if (text == null || text.asText().isBlank()) {
                findings.add(pointer, "the text has no \"" + language + "\" version, but the file declares the "
                        + "languages " + languages + ".");
            }
        }
        node.fieldNames().forEachRemaining(language -> {
            if (!languages.contains(language)) {
                findings.add(pointer + "/" + language, "the text has a \"" + language + "\" version, but \""
                        + language + "\" is not among the file's languages " + languages + ".");
            }
        });
    }

    /** Whether the node is one of the format's texts: an object of two-letter language codes with strings. */
    public static boolean isText(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!LANGUAGE.matcher(field.getKey()).matches() || !field.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
