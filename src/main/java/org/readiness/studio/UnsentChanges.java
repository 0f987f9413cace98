package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a draft's page had not sent when it was left (a closed tab, a reload): the JSON pane's last typing, as one
 * replacement in the text the page last had ({@code from}..{@code to} of {@code baseLength} characters, which held
 * {@code replaced}), and the values of the form's typed fields, each written as the form writes it.
 *
 * @param revision the draft's revision the page last saw
 */
public record UnsentChanges(int revision, @Nullable TextChange text, List<FieldWrite> writes) {

    public record TextChange(int baseLength, int from, int to, String replaced, String insert) {

        /** The text with the change made, when it is still the text the page had. */
        Optional<String> applyTo(String content) {
            boolean same = content.length() == baseLength && from >= 0 && from <= to && to <= content.length()
                    && content.substring(from, to).equals(replaced);
            return same ? Optional.of(content.substring(0, from) + insert + content.substring(to)) : Optional.empty();
        }
    }

    /**
     * Read from the page's JSON: {@code {"text": {"baseLength", "from", "to", "replaced", "insert"} or null,
     * "writes": [{"kind", "pointer", "language", "optional", "value"}]}}; empty when it is not that.
     */
    public static Optional<UnsentChanges> read(int revision, String json) {
        Optional<ObjectNode> tree = DraftJson.parse(json);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        JsonNode text = tree.get().path("text");
        TextChange change = text.isObject() ? new TextChange(text.path("baseLength").asInt(-1),
                text.path("from").asInt(-1), text.path("to").asInt(-1), text.path("replaced").asText(""),
                text.path("insert").asText("")) : null;
        List<FieldWrite> writes = new ArrayList<>();
        for (JsonNode write : tree.get().path("writes")) {
            Optional<FieldWrite.Kind> kind = FieldWrite.Kind.of(write.path("kind").asText());
            String pointer = write.path("pointer").asText("");
            if (kind.isEmpty() || !pointer.startsWith("/")) {
                return Optional.empty();
            }
            String language = write.path("language").isTextual() ? write.path("language").asText() : null;
            writes.add(new FieldWrite(kind.get(), pointer, language, write.path("optional").asBoolean(false),
                    write.path("value").asText("")));
        }
        return Optional.of(new UnsentChanges(revision, change, List.copyOf(writes)));
    }

    /** The draft's text with these changes made; the text as it was when none can be. */
    String applyTo(String content) {
        String result = text == null ? content : text.applyTo(content).orElse(content);
        if (writes.isEmpty()) {
            return result;
        }
        Optional<ObjectNode> tree = DraftJson.parse(result);
        if (tree.isEmpty()) {
            return result;
        }
        writes.forEach(write -> write.writeTo(tree.get()));
        String written = DraftJson.write(tree.get());
        return DraftJson.parse(result).map(DraftJson::write).orElse(result).equals(written) ? result : written;
    }
}
