package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the API answers to requests made to hurt: bounded answers, bounded bodies. */
@ApiSliceTest
class ApiLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVALUATE = "/api/questionnaires/scoring-fixture/evaluate";

    @Autowired
    MockMvc mvc;

    @Test
    void a_thousand_invalid_answers_list_fifty_and_count_the_rest() throws Exception {
        String answers = IntStream.range(0, 1000).mapToObj(i -> "\"no-such-question-" + i + "\": \"x\"")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));

        MockHttpServletResponse response = mvc.perform(post(EVALUATE).param("lang", "en")
                .contentType("application/json").content(answers)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("errors")).hasSize(ApiExceptionHandler.MAX_ERRORS);
        assertThat(problem.get("moreErrors").asInt()).isGreaterThanOrEqualTo(1000 - ApiExceptionHandler.MAX_ERRORS);
        assertThat(problem.get("errors").get(0).get("kind").asText()).isEqualTo("unknown-question");
        assertThat(response.getContentAsString().length()).isLessThan(20_000);
    }

    @Test
    void a_chunked_body_over_the_limit_gets_413() throws Exception {
        byte[] body = ("{\"answers\": {\"size\": \"" + "x".repeat(1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse response = mvc.perform(chunked(body)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(JSON.readTree(response.getContentAsString()).get("title").asText())
                .isEqualTo("Request body too large");
    }

    /** A body sent chunked, as a client does when it does not know the length: no Content-Length announces it. */
    private static RequestBuilder chunked(byte[] body) {
        return servletContext -> {
            MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", EVALUATE) {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
            request.addHeader("Transfer-Encoding", "chunked");
            request.setContentType("application/json");
            request.setQueryString("lang=en");
            request.addParameter("lang", "en");
            request.setContent(body);
            return request;
        };
    }
}
