package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API answers to requests made to hurt: bounded answers, bounded bodies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "readiness.questionnaires.dir=src/test/resources/questionnaires/good")
class ApiLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_thousand_invalid_answers_list_fifty_and_count_the_rest() throws Exception {
        String answers = IntStream.range(0, 1000).mapToObj(i -> "\"no-such-question-" + i + "\": \"x\"")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));

        HttpResponse<String> response = evaluate(HttpRequest.BodyPublishers.ofString(answers));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors")).hasSize(ApiExceptionHandler.MAX_ERRORS);
        assertThat(problem.get("moreErrors").asInt()).isGreaterThanOrEqualTo(1000 - ApiExceptionHandler.MAX_ERRORS);
        assertThat(problem.get("errors").get(0).get("kind").asText()).isEqualTo("unknown-question");
        assertThat(response.body().length()).isLessThan(20_000);
    }

    @Test
    void a_chunked_body_over_the_limit_gets_413() throws Exception {
        byte[] body = ("{\"answers\": {\"size\": \"" + "x".repeat(ApiRequestLimits.MAX_BODY_BYTES) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        // A body of unknown length is sent chunked: no Content-Length tells the server its size in advance.
        HttpResponse<String> response = evaluate(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Request body too large");
    }

    private HttpResponse<String> evaluate(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/questionnaires/scoring-fixture/evaluate?lang=en"))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
