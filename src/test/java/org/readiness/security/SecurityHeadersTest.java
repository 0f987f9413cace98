package org.readiness.security;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ResumeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers and cookies as a browser receives them from the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_page_sends_the_security_headers() throws Exception {
        for (String path : new String[] {"/", "/api/questionnaires", "/resume/unknown", "/login"}) {
            HttpResponse<String> response = get(path, false);

            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        }
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_secure_behind_https() throws Exception {
        String plain = get("/", false).headers().firstValue("Set-Cookie").orElseThrow();
        String proxied = get("/", true).headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(plain).contains("JSESSIONID", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(proxied).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void ten_thousand_random_resume_tokens_find_nothing() {
        assessments.start("scoring-fixture", "en");

        long found = IntStream.range(0, 10_000)
                .filter(i -> assessments.find(ResumeToken.generate()).isPresent())
                .count();

        assertThat(found).isZero();
    }

    @Test
    void no_actuator_endpoint_is_exposed_because_actuator_is_not_used() throws Exception {
        assertThat(org.springframework.util.ClassUtils.isPresent(
                "org.springframework.boot.actuate.endpoint.annotation.Endpoint", null)).isFalse();
        HttpResponse<String> env = get("/actuator/env", false);
        assertThat(env.headers().firstValue("Content-Type")).get().asString().doesNotContain("json");
        assertThat(env.body()).doesNotContain("spring.datasource", "readiness.admin");
    }

    private HttpResponse<String> get(String path, boolean behindHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (behindHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
