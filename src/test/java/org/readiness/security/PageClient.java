package org.readiness.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * What a browser's Vaadin client does for one page, over real HTTP: opens the page (a session), asks for its UI,
 * navigates it to its route and sends it messages in the UIDL format, and opens its push connection as a WebSocket.
 */
final class PageClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    int uiId;
    String csrfToken;
    String pushId;
    private int syncId;
    private int clientId;
    /** The state changes of the page's last answer: which node shows what. */
    private JsonNode lastChanges = JSON.createArrayNode();

    PageClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the page at {@code route} in this client's session (a new one the first time): a new UI showing it. */
    PageClient open(String route) {
        get("/" + route);
        JsonNode config = tree(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=").body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        pushId = uidl.path("Vaadin-Push-ID").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        HttpResponse<String> navigated = send(message(navigate));
        if (navigated.statusCode() != 200) {
            throw new IllegalStateException("the page did not open: " + navigated.statusCode());
        }
        return this;
    }

    /** A UIDL message with these calls, as Vaadin's client writes it. */
    String message(ObjectNode... calls) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode call : calls) {
            rpc.add(call);
        }
        return body.put("syncId", syncId).put("clientId", clientId).toString();
    }

    /** Sends a UIDL body to this client's UI; reads what comes back as the next message's counters. */
    HttpResponse<String> send(String body) {
        HttpResponse<String> response = post("/?v-r=uidl&v-uiId=" + uiId, body);
        String text = response.body();
        if (response.statusCode() == 200 && text.startsWith("for(;;);")) {
            JsonNode answer = tree(text.substring("for(;;);".length())).path(0);
            syncId = answer.path("syncId").asInt(syncId);
            clientId = answer.path("clientId").asInt(clientId);
            lastChanges = answer.path("changes");
        }
        return response;
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The node of the first element with this tag in the page's last answer, such as a text area. */
    int node(String tag) {
        for (JsonNode change : lastChanges) {
            if ("tag".equals(change.path("key").asText()) && tag.equals(change.path("value").asText())) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("no " + tag + " on the page");
    }

    /** What the browser sends when a field's value changes, here to {@code value}. */
    static ObjectNode valueOf(int node, String value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** This UI's push connection, as Vaadin's client opens it: the WebSocket, or the status it was refused with. */
    Connected connectPush() {
        return connectPush(http, base, sessionId(), uiId, pushId);
    }

    static Connected connectPush(HttpClient client, String base, String sessionId, int uiId, String pushId) {
        URI address = URI.create(base.replace("http:", "ws:") + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true");
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        CompletableFuture<WebSocket> socket = client.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + sessionId)
                .buildAsync(address, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(-1);
                    }
                });
        return new Connected(socket, closed);
    }

    /** A push connection under way: open (until {@code closed}, by the server), or refused with a status. */
    record Connected(CompletableFuture<WebSocket> socket, CompletableFuture<Integer> closed) {

        /** 101 when the upgrade went through, else the status the server refused it with. */
        int status() {
            try {
                socket.join();
                return 101;
            } catch (CompletionException e) {
                if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                    return refused.getResponse().statusCode();
                }
                throw e;
            }
        }

        void close() {
            socket.thenAccept(WebSocket::abort);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }
}
