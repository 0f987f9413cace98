package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** What the real server sends over HTTP: gzip where the client asks, PDFs as they are, probes without a session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    QuestionnaireCatalog catalog;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void json_comes_gzipped_to_a_client_that_asks_and_plain_to_one_that_does_not() throws Exception {
        HttpResponse<byte[]> zipped = get("/api/questionnaires/scoring-fixture?lang=en", true);
        HttpResponse<byte[]> plain = get("/api/questionnaires/scoring-fixture?lang=en", false);

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] unzipped = gunzip(zipped.body());
        assertThat(zipped.body().length).isLessThan(unzipped.length / 2);
        assertThat(new ObjectMapper().readTree(unzipped)).isEqualTo(new ObjectMapper().readTree(plain.body()));
    }

    @Test
    void the_start_page_comes_gzipped() throws Exception {
        HttpResponse<byte[]> page = get("/", true);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(gunzip(page.body()), java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void the_pdf_is_sent_as_it_is_with_its_length_even_to_a_client_that_asks_for_gzip() throws Exception {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        answers.save(started.assessment().id(), "owner", answer("no"), 0);

        HttpResponse<byte[]> pdf = get("/api/assessments/" + started.token().value() + "/scorecard.pdf", true);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(pdf.headers().firstValue("Content-Length")).contains(String.valueOf(pdf.body().length));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void the_probes_answer_without_a_login_or_a_session() throws Exception {
        catalog.all();

        HttpResponse<byte[]> ready = get("/health/ready", false);
        HttpResponse<byte[]> live = get("/health/live", false);

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(ready.body());
        assertThat(body.path("status").asText()).isEqualTo("ready");
        assertThat(body.path("database").asText()).isEqualTo("up");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(live.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
