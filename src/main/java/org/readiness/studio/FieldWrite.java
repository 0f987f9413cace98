package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a typed field of the studio's form writes into the document: a text in one language, a string, a number, a
 * list of ids or a condition, at its pointer; emptied, an optional one goes. The form writes each change through it,
 * and so does the last-moment save of what a closed tab had not sent yet, so both write the same.
 *
 * @param language the text's language; only for {@link Kind#TEXT}
 */
public record FieldWrite(Kind kind, String pointer, @Nullable String language, boolean optional, String value) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public enum Kind {
        TEXT, STRING, NUMBER, IDS, CONDITION;

        /** The kind as the page names it: "text", "string"... */
        public String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> of(String attribute) {
            return Arrays.stream(values()).filter(kind -> kind.attribute().equals(attribute)).findFirst();
        }
    }

    /** The same field holding another value. */
    public FieldWrite with(String newValue) {
        return new FieldWrite(kind, pointer, language, optional, newValue);
    }

    /** Writes the value into the document; false when it cannot be (a condition that is not JSON, a bad number). */
    public boolean writeTo(ObjectNode tree) {
        Optional<JsonNode> node = switch (kind) {
            case TEXT -> Optional.of(text(tree));
            case STRING -> Optional.of(NODES.textNode(value.strip()));
            case NUMBER -> number();
            case IDS -> Optional.of(ids());
            case CONDITION -> value.isBlank() ? Optional.of(NODES.objectNode()) : DraftJson.parse(value.strip())
                    .map(JsonNode.class::cast);
        };
        if (node.isEmpty()) {
            return false;
        }
        TreeEdits.set(tree, pointer, optional && isEmpty(node.get()) ? null : node.get());
        return true;
    }

    private JsonNode text(ObjectNode tree) {
        JsonNode current = TreeEdits.at(tree, pointer);
        ObjectNode text = current.isObject() ? (ObjectNode) current.deepCopy() : NODES.objectNode();
        DraftJson.languages(tree).forEach(each -> {
            if (!text.has(each)) {
                text.put(each, "");
            }
        });
        text.put(language == null ? "en" : language, value);
        return text;
    }

    private Optional<JsonNode> number() {
        if (value.isBlank()) {
            return Optional.of(NODES.numberNode(0));
        }
        try {
            return Optional.of(numberNode(Double.parseDouble(value.strip())));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private JsonNode ids() {
        var array = NODES.arrayNode();
        Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(array::add);
        return array;
    }

    /** Whether an optional field written so goes from the document. */
    private boolean isEmpty(JsonNode node) {
        if (node.isObject() && kind == Kind.TEXT) {
            for (JsonNode each : node) {
                if (!each.asText("").isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        return value.isBlank() || kind == Kind.IDS && node.isEmpty();
    }

    public static JsonNode numberNode(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? NODES.numberNode((long) number)
                : NODES.numberNode(number);
    }
}
