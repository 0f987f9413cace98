package org.readiness.security;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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
    void the_session_cookie_is_http_only_and_same_site_and_a_forwarded_proto_from_anyone_does_not_make_it_secure()
            throws Exception {
        String plain = get("/", false).headers().firstValue("Set-Cookie").orElseThrow();
        String spoofed = get("/", true).headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(plain).contains("JSESSIONID", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(spoofed).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void a_resume_token_opens_its_own_assessment_and_a_malformed_unknown_or_deleted_one_opens_nothing() throws Exception {
        AssessmentService.Started known = assessments.start("scoring-fixture", "en");
        ResumeToken deleted = assessments.start("scoring-fixture", "en").token();
        assessments.delete(deleted);
        String token = known.token().value();
        String oneCharacterOff = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertThat(assessments.find(known.token())).map(OpenAssessment::id).contains(known.assessment().id());
        assertThat(assessments.find(deleted)).isEmpty();
        assertThat(assessments.find(ResumeToken.parse(oneCharacterOff).orElseThrow())).isEmpty();
        assertThat(assessments.find(ResumeToken.generate())).isEmpty();
        for (String malformed : new String[] {"", "not-a-token", token + "A", token.substring(1), token + "/..",
                token.substring(0, 42) + "=", null}) {
            assertThat(ResumeToken.parse(malformed)).as(malformed).isEmpty();
        }

        HttpResponse<String> found = get("/api/assessments/" + token, false);
        HttpResponse<String> gone = get("/api/assessments/" + deleted.value(), false);
        HttpResponse<String> unknown = get("/api/assessments/" + ResumeToken.generate().value(), false);
        HttpResponse<String> malformed = get("/api/assessments/not-a-token", false);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(List.of(gone, unknown, malformed)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(withoutInstance(response.body())).isEqualTo(withoutInstance(gone.body()));
        });
    }

    @Test
    void no_actuator_endpoint_is_exposed_because_actuator_is_not_used() throws Exception {
        assertThat(org.springframework.util.ClassUtils.isPresent(
                "org.springframework.boot.actuate.endpoint.annotation.Endpoint", null)).isFalse();
        HttpResponse<String> env = get("/actuator/env", false);
        assertThat(env.headers().firstValue("Content-Type")).get().asString().doesNotContain("json");
        assertThat(env.body()).doesNotContain("spring.datasource", "readiness.admin");
    }

    /** The problem document without its "instance", the path asked for. */
    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private HttpResponse<String> get(String path, boolean behindHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (behindHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
