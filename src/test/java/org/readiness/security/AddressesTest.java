package org.readiness.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses that lead nowhere, over real HTTP: a page no route has answers 404; under {@code /api/} an unknown address
 * is a 404 problem document and no call makes a session; Tomcat's own 400 page carries the security headers.
 */
class AddressesTest extends ServerUnderAbuse {

    private static final String TWO_RESPONDENTS = """
            {"respondents": [
              {"role": "owner", "answers": {"size": "medium", "owner": "yes", "owner-time": "full", "knowledge": 5,
                                            "platforms": ["oms"]}},
              {"role": "it", "answers": {"owner": "no", "knowledge": 1, "platforms": ["oms"], "it-people": 5}}]}""";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_page_no_route_has_answers_404_and_a_page_that_exists_200() throws Exception {
        HttpResponse<String> unknown = send("GET", "/no/such/page", null);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(send("GET", "/", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/login", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/resume/" + "A".repeat(43), null).statusCode())
                .as("a route, its token checked on the page").isEqualTo(200);
    }

    @Test
    void an_unknown_address_under_api_is_a_404_problem_document_and_makes_no_session() throws Exception {
        for (String[] call : new String[][] {{"GET", "/api/nothing"}, {"GET", "/api"},
                {"POST", "/api/questionnaires/x/roadmap"}, {"DELETE", "/api/questionnaires"},
                {"PUT", "/api/assessments/nothing/else"}}) {
            HttpResponse<String> response = send(call[0], call[1], call[0].equals("GET") ? null : "{}");

            assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("\"title\":\"Unknown address\"");
            assertThat(response.headers().allValues("Set-Cookie")).as(call[0] + " " + call[1]).isEmpty();
        }
        HttpResponse<String> planOfNothing = send("POST", "/api/questionnaires/x/plan", "{}");
        assertThat(planOfNothing.statusCode()).isEqualTo(404);
        assertThat(planOfNothing.body()).contains("\"title\":\"Unknown questionnaire\"");
        assertThat(planOfNothing.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void no_api_call_makes_a_session() throws Exception {
        String[][] calls = {{"GET", "/api/questionnaires", null}, {"GET", "/api/questionnaires/scoring-fixture", null},
                {"POST", "/api/questionnaires/scoring-fixture/evaluate", "{\"answers\": {\"size\": \"medium\"}}"},
                {"POST", "/api/questionnaires/scoring-fixture/evaluate-team", TWO_RESPONDENTS},
                {"POST", "/api/team-assessments",
                        "{\"questionnaire\": \"scoring-fixture\", \"profile\": {\"size\": \"medium\"}}"},
                {"GET", "/api/assessments/" + "A".repeat(43), null}, {"DELETE", "/api/assessments/nothing", null},
                {"GET", "/schemas/questionnaire.schema.json", null}, {"GET", "/health/live", null},
                {"GET", "/api/consultant/assessments/1/plan", null}, {"POST", "/api/consultant/assessments/1/plan", "{}"}};
        for (String[] call : calls) {
            HttpResponse<String> response = send(call[0], call[1], call[2]);

            assertThat(response.statusCode()).as(call[0] + " " + call[1]).isLessThan(500);
            assertThat(response.headers().allValues("Set-Cookie")).as(call[0] + " " + call[1]).isEmpty();
        }
    }

    @Test
    void tomcats_own_400_page_for_a_malformed_address_carries_the_content_security_policy() throws IOException {
        String response = raw("GET /a%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        String headers = response.substring(0, response.indexOf("\r\n\r\n"));
        assertThat(headers).contains("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
                + "frame-ancestors 'none'", "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY");
        assertThat(response).doesNotContain("Apache Tomcat/");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request Java's HTTP client would not send, written by hand. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
