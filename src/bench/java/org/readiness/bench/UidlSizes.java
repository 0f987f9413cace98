package org.readiness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readiness.bench.vaadin.VaadinClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * One merchant, driven over Vaadin's protocol as a browser that accepts gzip, measuring two UIDL responses: the
 * one to Next on step 1 and the one that opens the result page. For each: the bytes on the wire, the body's bytes
 * and how many state nodes it changes.
 */
final class UidlSizes {

    record Size(long wireBytes, long bodyBytes, int nodesChanged) {
    }

    /** The UIDL sizes, and the state nodes held by tag on step 1 and on the result page. */
    record Sizes(Size nextOnStepOne, Size openingResult, Map<String, Integer> heldAtStepOne,
                 Map<String, Integer> heldAtResult) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final VaadinClient client;
    private Size last;
    private int dumped;

    private UidlSizes(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = new VaadinClient(baseUrl);
    }

    static Sizes measure(String baseUrl) throws Exception {
        return new UidlSizes(baseUrl).walk();
    }

    private Sizes walk() throws Exception {
        get("/");
        client.acceptInit("init", body(get(client.initPath(""))));
        uidl("navigate", client -> client.navigate(""));
        uidl("start", client -> client.clickAndExpect("start-button", "assessment/step/"));
        Map<String, Integer> heldAtStepOne = client.tree().heldByTag();
        answerShownQuestions();
        uidl("next", client -> client.clickToLeave("next-button"));
        Size next = last;
        while (client.onRoute("assessment/step/")) {
            answerShownQuestions();
            uidl("next", client -> client.clickToLeave("next-button"));
        }
        uidl("show result", client -> client.clickAndExpect("show-result", "assessment/result"));
        return new Sizes(next, last, heldAtStepOne, client.tree().heldByTag());
    }

    private void answerShownQuestions() throws Exception {
        while (client.nextUnanswered().isPresent()) {
            uidl("answer", VaadinClient::answerNext);
        }
    }

    /** One UIDL round trip, measured, then the replies owed to the server's JavaScript calls. */
    private void uidl(String name, Function<VaadinClient, String> message) throws Exception {
        HttpResponse<byte[]> response = post(message.apply(client));
        String body = body(response);
        client.accept(name, body);
        dump(name, body);
        last = new Size(response.body().length, body.getBytes(StandardCharsets.UTF_8).length, nodesChanged(body));
        while (client.owesReplies()) {
            client.accept("location", body(post(client.replies())));
        }
    }

    /** With -Dbench.uidl-dump=DIR each response is kept there, numbered, to see what a page sends. */
    private void dump(String name, String body) throws IOException {
        String directory = System.getProperty("bench.uidl-dump");
        if (directory != null) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory));
            java.nio.file.Files.writeString(folder.resolve(String.format("%02d-%s.json", ++dumped, name)), body);
        }
    }

    private static int nodesChanged(String body) throws IOException {
        Set<Integer> nodes = new HashSet<>();
        for (JsonNode change : JSON.readTree(body.substring("for(;;);".length())).path(0).path("changes")) {
            nodes.add(change.path("node").asInt());
        }
        return nodes.size();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<byte[]> post(String message) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + client.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> response = http.send(request.header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String body(HttpResponse<byte[]> response) throws IOException {
        byte[] bytes = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
