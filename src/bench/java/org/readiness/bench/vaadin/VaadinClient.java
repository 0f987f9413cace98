package org.readiness.bench.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Flow's browser client keeps for one UI: the UI id, the CSRF token, the sync id the server expects back, the
 * client id it counts, the state tree and the replies owed to the server's JavaScript calls. It writes the same UIDL
 * messages the browser would send and reads the server's answers, failing loudly on anything a browser would show
 * as an error.
 */
public final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESUME_TOKEN = Pattern.compile("(?:^|/)resume/([A-Za-z0-9_-]{20,})");
    private static final List<String> FIELD_TAGS = List.of("readiness-choices",
            "vaadin-text-area", "vaadin-text-field");

    private final String baseUrl;
    private final UidlTree tree = new UidlTree();
    private final List<ObjectNode> channelReplies = new ArrayList<>();
    private final Set<String> answered = new HashSet<>();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String location = "";
    private String expectedLocationPrefix;
    private String leaving;
    private String previousRequest;
    private String resumeToken;
    private Double lastServerMillis;
    private String lastServerRequest;

    public VaadinClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public UidlTree tree() {
        return tree;
    }

    public String location() {
        return location;
    }

    public Optional<String> resumeToken() {
        return Optional.ofNullable(resumeToken);
    }

    // ---- requests -------------------------------------------------------------------------------------------

    /** The request the bootstrap script makes for a route: creates the UI and returns its first state. */
    public String initPath(String route) {
        location = route;
        return "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
    }

    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** The router's first request: render the route in the UI the init request made. */
    public String navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "")
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return message(event(1, "ui-navigate", data));
    }

    public String click(UidlTree.Node node) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 10)
                .put("event.clientY", 10).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 100).put("event.screenX", 100);
        return message(event(node.id(), "click", data));
    }

    /** Clicks the shown element with the given class name and expects the browser to end up on a route. */
    public String clickAndExpect(String className, String locationPrefix) {
        String message = click(required(className));
        expectLocation(locationPrefix);
        return message;
    }

    /** Clicks a button that should take the browser to another route (Next on a wizard step). */
    public String clickToLeave(String className) {
        String message = click(required(className));
        leaving = location;
        return message;
    }

    public String clickElementWithId(String id) {
        return click(tree.first(node -> node.attribute("id").filter(id::equals).isPresent())
                .orElseThrow(() -> new IllegalStateException("no element with id " + id)));
    }

    /** The value a field's web component synchronises, sent as the browser sends it on its change event. */
    public String setValue(UidlTree.Node field, JsonNode value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", field.id()).put("feature", 1)
                .put("property", "value");
        sync.set("value", value);
        return message(sync, event(field.id(), "value-changed", JSON.createObjectNode()));
    }

    public boolean owesReplies() {
        return !channelReplies.isEmpty();
    }

    /** Answers the server's JavaScript calls that wait for a value (the page's own address, a page at its top). */
    public String replies() {
        ObjectNode[] messages = channelReplies.toArray(ObjectNode[]::new);
        channelReplies.clear();
        return message(messages);
    }

    /** The beacon a browser sends when the tab is closed or left: the server closes the UI. */
    public String unload() {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("UNLOAD", true);
        body.putArray("rpc");
        return body.put("syncId", syncId).put("clientId", clientId).toString();
    }

    // ---- the wizard -------------------------------------------------------------------------------------------

    public boolean onRoute(String prefix) {
        return location.startsWith(prefix);
    }

    /** Whether an element with that class name is on screen. */
    public boolean shows(String className) {
        return tree.withClass(className).isPresent();
    }

    /** How many questions this client has answered. */
    public int answeredCount() {
        return answered.size();
    }

    /** The first shown question this client has not answered yet, if any. */
    public Optional<String> nextUnanswered() {
        return tree.questions().keySet().stream().filter(id -> !answered.contains(id)).findFirst();
    }

    /** Answers the next unanswered question the way a quick, consistent user would: the first option, or text. */
    public String answerNext() {
        String question = nextUnanswered().orElseThrow();
        answered.add(question);
        UidlTree.Node container = tree.questions().get(question);
        List<UidlTree.Node> inside = tree.within(container);
        UidlTree.Node field = inside.stream().filter(node -> FIELD_TAGS.contains(node.tag())).findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + question + " has no field the driver knows"));
        return switch (field.tag()) {
            case "readiness-choices" -> setValue(field, JSON.createArrayNode().add(firstOption(field)));
            default -> setValue(field, JSON.getNodeFactory().textNode("Sell more online, load test " + question));
        };
    }

    /** A question's options are one element whose "options" property lists them (see readiness-choices.js). */
    private String firstOption(UidlTree.Node group) {
        JsonNode options = group.json("options").orElseThrow(
                () -> new IllegalStateException("no options in group " + group.id()));
        return options.get(0).get("value").asText();
    }

    /** The address of a download link on the page, relative to the application. */
    public String href(String className) {
        UidlTree.Node link = required(className);
        String href = link.uri("href")
                .orElseThrow(() -> new IllegalStateException("link ." + className + " has no href"));
        return href.startsWith("http") ? href : "/" + href.replaceFirst("^\\./", "").replaceFirst("^/", "");
    }

    public void downloaded(String requestName) {
        previousRequest = requestName;
    }

    private UidlTree.Node required(String className) {
        return tree.withClass(className).orElseThrow(() -> new IllegalStateException(
                "no ." + className + " on " + location + ": " + tree.shown().size() + " nodes shown"));
    }

    private void expectLocation(String prefix) {
        expectedLocationPrefix = prefix;
    }

    // ---- responses --------------------------------------------------------------------------------------------

    public void acceptInit(String requestName, String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (uidl.isMissingNode()) {
                throw new IllegalStateException("init answered without a UI: " + abbreviate(body));
            }
            uiId = config.path("v-uiId").asInt();
            csrfToken = uidl.path("Vaadin-Security-Key").asText();
            read(requestName, uidl);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("init answered with something that is not JSON: " + abbreviate(body), e);
        }
    }

    /** Reads a UIDL response; throws what a browser would show as an error or a resynchronisation. */
    public void accept(String requestName, String body) {
        if (!body.startsWith("for(;;);")) {
            throw new IllegalStateException("not a UIDL response: " + abbreviate(body));
        }
        try {
            JsonNode response = JSON.readTree(body.substring("for(;;);".length())).path(0);
            JsonNode meta = response.path("meta");
            for (String trouble : List.of("appError", "sessionExpired", "invalidSyncId")) {
                if (meta.has(trouble)) {
                    throw new IllegalStateException(trouble + ": " + abbreviate(meta.toString()));
                }
            }
            if (response.path("resynchronize").asBoolean(false)) {
                throw new IllegalStateException("the server asked for a resynchronisation");
            }
            read(requestName, response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("UIDL response is not JSON: " + abbreviate(body), e);
        }
    }

    private void read(String requestName, JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode timings = uidl.path("timings");
        if (timings.isArray() && timings.size() == 2 && previousRequest != null) {
            lastServerRequest = previousRequest;
            lastServerMillis = timings.get(1).asDouble();
        } else {
            lastServerMillis = null;
        }
        previousRequest = requestName;
        tree.apply(uidl.get("changes"));
        findResumeToken(uidl.path("changes"));
        // The page fills the resume link's field in the browser, from the page's own address: the token is a parameter.
        findResumeToken(uidl.path("execute"));
        for (JsonNode call : uidl.path("execute")) {
            execute((ArrayNode) call);
        }
        if (leaving != null) {
            String left = leaving;
            leaving = null;
            if (location.equals(left)) {
                String problem = tree.withClass("step-error").map(tree::text).orElse("");
                throw new IllegalStateException("stayed on " + left + (problem.isEmpty() ? "" : " (" + problem + ")"));
            }
        }
        if (expectedLocationPrefix != null) {
            String expected = expectedLocationPrefix;
            expectedLocationPrefix = null;
            if (!location.startsWith(expected)) {
                String problem = tree.withClass("step-error").map(tree::text).orElse("");
                throw new IllegalStateException("expected to be on " + expected + " but stayed on " + location
                        + (problem.isEmpty() ? "" : " (" + problem + ")"));
            }
        }
    }

    /** The server's request timing for the request before this response, and that request's name. */
    public Optional<Map.Entry<String, Double>> serverTime() {
        return lastServerMillis == null ? Optional.empty() : Optional.of(Map.entry(lastServerRequest, lastServerMillis));
    }

    private void execute(ArrayNode call) {
        String script = call.get(call.size() - 1).asText();
        if (script.contains("vaadin-navigate") && call.size() >= 3) {
            location = call.get(1).asText().replaceFirst("^/", "");
        }
        if (script.contains("window.location.href")) {
            reply(call, JSON.getNodeFactory().textNode(baseUrl + "/" + location));
        }
        if (script.contains("window.scrollTo(0, 0)") || script.contains("(async function(){return true})")) {
            // A page shown answers at once, as a browser does (ResponseRelease), so Vaadin lets go of its response.
            reply(call, JSON.getNodeFactory().booleanNode(true));
        }
    }

    /** Queues the answer to a JavaScript call that waits for a value: its first channel is the one that resolves. */
    private void reply(ArrayNode call, JsonNode value) {
        for (JsonNode parameter : call) {
            if (parameter.isArray() && parameter.size() == 3 && parameter.get(0).asInt() == 2) {
                ObjectNode reply = JSON.createObjectNode().put("type", "channel")
                        .put("node", parameter.get(1).asInt()).put("channel", parameter.get(2).asInt());
                reply.putArray("args").add(value);
                channelReplies.add(reply);
                return;
            }
        }
    }

    /** In a state change's value, or a JavaScript call's parameter. */
    private void findResumeToken(JsonNode changesOrCalls) {
        for (JsonNode each : changesOrCalls) {
            for (JsonNode value : each.isArray() ? each : List.of(each.path("value"))) {
                if (value.isTextual()) {
                    Matcher matcher = RESUME_TOKEN.matcher(value.asText());
                    if (matcher.find()) {
                        resumeToken = matcher.group(1);
                    }
                }
            }
        }
    }

    private String message(ObjectNode... rpcs) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode list = body.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        return body.put("syncId", syncId).put("clientId", clientId).toString();
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
