package org.readiness.bench.vaadin;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The browser's copy of a Vaadin UI's state tree, rebuilt from the "changes" of each UIDL response the way Flow's
 * client does, so that a load driver can find buttons and fields by class, tag or attribute instead of by recorded
 * node ids.
 */
public final class UidlTree {

    /** Flow's feature ids (NodeFeatureRegistry). */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;
    private static final int ROOT = 1;

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** One element or text node as the client knows it. */
    public static final class Node {
        final int id;
        Integer parent;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? "" : tag.asText();
        }

        public Optional<JsonNode> json(String name) {
            return Optional.ofNullable(properties.get(name)).filter(value -> !value.isNull());
        }

        public Optional<String> property(String name) {
            return Optional.ofNullable(properties.get(name)).filter(value -> !value.isNull()).map(JsonNode::asText);
        }

        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name)).filter(value -> !value.isNull()).map(JsonNode::asText);
        }

        /** An address attribute: plain text, or {"uri": …} for a resource the server streams. */
        public Optional<String> uri(String name) {
            JsonNode value = attributes.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(value.isObject() ? value.path("uri").asText() : value.asText());
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        public boolean listensTo(String event) {
            return listeners.containsKey(event);
        }

        boolean visible() {
            JsonNode visible = data.get("visible");
            return visible == null || visible.asBoolean(true);
        }
    }

    public void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> {
                    // "empty" only tells the client to create a feature; nothing to keep.
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> node.data.put(key, value);
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.put(key, value == null ? "" : value.asText());
            case TEXT -> node.text = value == null ? "" : value.asText();
            default -> {
                // Push, poll, style and the other features mean nothing to the driver.
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.path("key").asText();
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> node.data.remove(key);
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        if (feature == CLASS_LIST) {
            spliceList(node.classes, index, removed, change.path("add"), JsonNode::asText);
        } else if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
            spliceList(list, index, removed, change.path("addNodes"), JsonNode::asInt);
            for (JsonNode added : change.path("addNodes")) {
                node(added.asInt()).parent = node.id;
            }
        }
    }

    private static <T> void spliceList(List<T> list, int index, int removed, JsonNode added,
                                       java.util.function.Function<JsonNode, T> read) {
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        int at = Math.min(index, list.size());
        for (JsonNode value : added) {
            list.add(at++, read.apply(value));
        }
    }

    private void clear(Node node, int feature) {
        switch (feature) {
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            default -> {
            }
        }
    }

    /** The nodes on screen, in document order: attached under the UI's root and not hidden by setVisible(false). */
    public List<Node> shown() {
        List<Node> shown = new ArrayList<>();
        Node root = nodes.get(ROOT);
        if (root != null) {
            collect(root, shown);
        }
        return shown;
    }

    private void collect(Node node, List<Node> into) {
        if (!node.visible()) {
            return;
        }
        into.add(node);
        for (List<Integer> list : List.of(node.children, node.virtualChildren)) {
            for (int child : list) {
                Node next = nodes.get(child);
                if (next != null) {
                    collect(next, into);
                }
            }
        }
    }

    public Optional<Node> first(Predicate<Node> condition) {
        return shown().stream().filter(condition).findFirst();
    }

    public Optional<Node> withClass(String name) {
        return first(node -> node.hasClass(name));
    }

    /** The shown descendants of a node, in document order. */
    public List<Node> within(Node ancestor) {
        List<Node> found = new ArrayList<>();
        collect(ancestor, found);
        found.remove(0);
        return found;
    }

    /** All text under a node, for error messages. */
    public String text(Node node) {
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (Node child : within(node)) {
            if (child.text != null) {
                text.append(child.text).append(' ');
            }
        }
        return text.toString().trim();
    }

    /**
     * The state nodes the page holds under its root, hidden ones included, counted by tag ("#text" for text nodes),
     * most first: what each kind of component costs the server.
     */
    public Map<String, Integer> heldByTag() {
        Map<String, Integer> counts = new HashMap<>();
        Node root = nodes.get(ROOT);
        if (root != null) {
            countHeld(root, counts);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private void countHeld(Node node, Map<String, Integer> counts) {
        String kind = node.text != null ? "#text" : node.tag().isEmpty() ? "(no tag)" : node.tag();
        counts.merge(kind, 1, Integer::sum);
        for (List<Integer> list : List.of(node.children, node.virtualChildren)) {
            for (int child : list) {
                Node next = nodes.get(child);
                if (next != null) {
                    countHeld(next, counts);
                }
            }
        }
    }

    /** Every question on screen by its id (the data-question attribute), in order. */
    public Map<String, Node> questions() {
        Map<String, Node> questions = new LinkedHashMap<>();
        for (Node node : shown()) {
            node.attribute("data-question").ifPresent(id -> questions.put(id, node));
        }
        return questions;
    }
}
