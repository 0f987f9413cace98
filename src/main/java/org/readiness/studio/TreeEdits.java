package org.readiness.studio;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Changes to a questionnaire document by JSON pointer, as the studio's form and outline make them. */
public final class TreeEdits {

    private TreeEdits() {
    }

    public static JsonNode at(JsonNode root, String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** Sets the value at the pointer, making the objects on the way; a null value removes the field. */
    public static void set(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = parentOf(root, path);
        String name = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array && path.last().mayMatchElement()) {
            int index = path.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    private static JsonNode parentOf(ObjectNode root, JsonPointer path) {
        JsonNode node = root;
        JsonPointer head = path.head();
        for (JsonPointer step = head; step != null && !step.matches(); step = step.tail()) {
            String name = step.getMatchingProperty();
            JsonNode next = node.isArray() && step.mayMatchElement() ? node.get(step.getMatchingIndex()) : node.get(name);
            if (next == null || next.isNull()) {
                if (!(node instanceof ObjectNode object)) {
                    return node;
                }
                next = object.putObject(name);
            }
            node = next;
        }
        return node;
    }

    /** Moves an element of the array at {@code arrayPointer} from one position to another. */
    public static void move(ObjectNode root, String arrayPointer, int from, int to) {
        JsonNode node = at(root, arrayPointer);
        if (node instanceof ArrayNode array && from >= 0 && from < array.size() && to >= 0 && to < array.size()) {
            JsonNode element = array.remove(from);
            array.insert(to, element);
        }
    }

    /** Moves an element from one array to a position in another (a question to another step). */
    public static void moveTo(ObjectNode root, String fromArray, int from, String toArray, int to) {
        if (fromArray.equals(toArray)) {
            move(root, fromArray, from, Math.min(to, at(root, toArray).size() - 1));
            return;
        }
        if (at(root, fromArray) instanceof ArrayNode source && at(root, toArray) instanceof ArrayNode target
                && from >= 0 && from < source.size()) {
            target.insert(Math.max(0, Math.min(to, target.size())), source.remove(from));
        }
    }

    public static void insert(ObjectNode root, String arrayPointer, int index, JsonNode element) {
        JsonNode node = at(root, arrayPointer);
        if (node instanceof ArrayNode array) {
            array.insert(Math.max(0, Math.min(index, array.size())), element);
        } else {
            set(root, arrayPointer, DraftJson.mapper().createArrayNode().add(element));
        }
    }

    public static void remove(ObjectNode root, String pointer) {
        set(root, pointer, null);
    }
}
