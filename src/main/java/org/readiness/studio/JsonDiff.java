package org.readiness.studio;

import org.readiness.studio.lint.TextKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two questionnaire documents, part by part: elements of a list are matched by their id (or
 * option value), so a moved question is one change of order, not a change of every question after it.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** One difference: where (by ids, as {@link TextKeys} names texts), and the value on each side (null: absent). */
    public record Change(String key, JsonNode before, JsonNode after) {

        public boolean isAdded() {
            return before == null;
        }

        public boolean isRemoved() {
            return after == null;
        }
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String key, JsonNode before, JsonNode after, List<Change> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null || after == null || before.isMissingNode() || after.isMissingNode()) {
            changes.add(new Change(key, present(before), present(after)));
        } else if (before.isObject() && after.isObject() && !TextKeys.isText(before)) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(join(key, name), before.get(name), after.get(name), changes);
            }
        } else if (before.isArray() && after.isArray() && keyed(before) && keyed(after)) {
            compareKeyed(key, before, after, changes);
        } else {
            changes.add(new Change(key, before, after));
        }
    }

    private static void compareKeyed(String key, JsonNode before, JsonNode after, List<Change> changes) {
        List<String> beforeIds = ids(before);
        List<String> afterIds = ids(after);
        Set<String> all = new LinkedHashSet<>(beforeIds);
        all.addAll(afterIds);
        for (String id : all) {
            int b = beforeIds.indexOf(id);
            int a = afterIds.indexOf(id);
            String elementKey = key.matches("(.*/)?steps/[^/]+/questions") ? "questions/" + id : join(key, id);
            compare(elementKey, b < 0 ? null : before.get(b), a < 0 ? null : after.get(a), changes);
        }
        List<String> kept = beforeIds.stream().filter(afterIds::contains).toList();
        List<String> keptAfter = afterIds.stream().filter(beforeIds::contains).toList();
        if (!kept.equals(keptAfter)) {
            changes.add(new Change(key + " (order)", order(kept), order(keptAfter)));
        }
    }

    private static JsonNode order(List<String> ids) {
        var array = DraftJson.mapper().createArrayNode();
        ids.forEach(array::add);
        return array;
    }

    private static boolean keyed(JsonNode array) {
        if (array.isEmpty()) {
            return true;
        }
        for (JsonNode element : array) {
            if (!element.path("id").isTextual() && !element.path("value").isTextual()) {
                return false;
            }
        }
        List<String> ids = ids(array);
        return new LinkedHashSet<>(ids).size() == ids.size();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(element -> ids.add(element.path("id").isTextual() ? element.get("id").asText()
                : element.path("value").asText()));
        return ids;
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isMissingNode() ? null : node;
    }

    private static String join(String key, String name) {
        return key.isEmpty() ? name : key + "/" + name;
    }

    static JsonNode missing() {
        return MissingNode.getInstance();
    }
}
