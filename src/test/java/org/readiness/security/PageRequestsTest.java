package org.readiness.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readiness.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page sends the server, hand-made: nested too deeply, malformed, or far larger than any page sends. Each is
 * refused before Vaadin reads it, with one warning line at most, and leaves nothing behind in the session.
 */
@ExtendWith(OutputCaptureExtension.class)
class PageRequestsTest extends ServerUnderAbuse {

    private static final int MEGABYTE = 1024 * 1024;
    /** How long the server may take to finish the requests the client already has its answers to. */
    private static final Duration LET_GO_WITHIN = Duration.ofSeconds(30);

    @Autowired
    AssessmentService assessments;

    @Test
    void a_request_nested_fifty_thousand_deep_or_malformed_answers_400_and_logs_one_warning_without_a_stack(
            CapturedOutput output) {
        long started = System.nanoTime();
        PageClient page = new PageClient(port).open("");
        String uidl = "/?v-r=uidl&v-uiId=" + page.uiId;
        String deep = "{\"csrfToken\":\"" + page.csrfToken + "\",\"rpc\":" + "[".repeat(50_000) + "]".repeat(50_000)
                + ",\"syncId\":1,\"clientId\":1}";

        assertThat(page.post(uidl, deep).statusCode()).isEqualTo(400);
        for (String malformed : List.of("{\"csrfToken\":", "not JSON", "{} {}", "[1, 2]", "", "{\"rpc\": [}")) {
            assertThat(page.post(uidl, malformed).statusCode()).as(malformed).isEqualTo(400);
            assertThat(page.post("/VAADIN/push?v-r=push&v-uiId=" + page.uiId, malformed).statusCode()).as(malformed)
                    .isEqualTo(400);
        }

        assertThat(page.send(page.message()).statusCode()).as("the page goes on").isEqualTo(200);
        long minutes = (System.nanoTime() - started) / 60_000_000_000L;
        assertThat(output.getOut().lines().filter(line -> line.contains("Refused a page request")).count())
                .as("one warning a minute at most").isBetween(0L, 1 + minutes);
        assertThat(output.getOut()).doesNotContain("\tat ", " ERROR ");
    }

    @Test
    void a_25_megabyte_text_is_refused_before_it_is_read_and_leaves_no_trace() {
        List<PageClient> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pages.add(wizardWithAFreeTextQuestion());
        }

        for (int i = 0; i < pages.size(); i++) {
            PageClient page = pages.get(i);
            String message = page.message(PageClient.valueOf(page.node("vaadin-text-area"), "TEXT"));
            int split = message.indexOf("TEXT");
            // Sent from a stream, so that this test holds no 25 MB of its own; half with their length, half chunked.
            int status = StreamedPost.send(port, "/?v-r=uidl&v-uiId=" + page.uiId, page.sessionId(),
                    message.substring(0, split), '^', 25L * MEGABYTE, message.substring(split + 4), i % 2 == 0);
            assertThat(status).as("refused, not read beyond the limit").isIn(413, StreamedPost.CLOSED);
        }

        assertThat(LiveHeapText.keepsARunOf('^', 64 * 1024, LET_GO_WITHIN)).as("some object still holds what was read of the text")
                .isFalse();
        for (PageClient page : pages) {
            assertThat(page.send(page.message()).statusCode()).as("the page goes on").isEqualTo(200);
        }
    }

    @Test
    void a_text_under_the_body_limit_but_over_its_fields_limit_is_refused_and_kept_nowhere() {
        List<PageClient> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(wizardWithAFreeTextQuestion());
        }

        for (PageClient page : pages) {
            HttpResponse<String> answer = sendText(page, '~', 400 * 1024);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as("the field says why").contains("Not saved: the text has 409,600 characters");
        }

        assertThat(LiveHeapText.keepsARunOf('~', 100_000, LET_GO_WITHIN)).as("some object still holds a text the field refused")
                .isFalse();
        for (PageClient page : pages) {
            assertThat(page.send(page.message()).statusCode()).as("the page goes on").isEqualTo(200);
        }
    }

    /** A merchant's wizard at its first step, whose "Goal?" takes at most 200 characters. */
    private PageClient wizardWithAFreeTextQuestion() {
        String token = assessments.start("scoring-fixture", "en").token().value();
        return new PageClient(port).open("resume/" + token);
    }

    /** Sets the page's text area to a text of this many characters, as the browser sends a changed value. */
    private static HttpResponse<String> sendText(PageClient page, char character, int characters) {
        int textArea = page.node("vaadin-text-area");
        return page.send(page.message(PageClient.valueOf(textArea, String.valueOf(character).repeat(characters))));
    }
}
