package org.readiness.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class LiveHeapTextTest {

    @Test
    void a_run_is_found_in_one_byte_or_two_byte_characters_and_a_shorter_or_broken_run_is_not() throws IOException {
        assertThat(runIn("ab" + "~".repeat(10) + "c", StandardCharsets.ISO_8859_1, 10)).isTrue();
        assertThat(runIn("ab" + "~".repeat(10) + "c", StandardCharsets.UTF_16LE, 10)).isTrue();
        assertThat(runIn("~~" + "~".repeat(9), StandardCharsets.UTF_16LE, 10)).isTrue();
        assertThat(runIn("~".repeat(9) + "a" + "~".repeat(9), StandardCharsets.ISO_8859_1, 10)).isFalse();
        assertThat(runIn("~".repeat(9) + "a" + "~".repeat(9), StandardCharsets.UTF_16LE, 10)).isFalse();
    }

    @Test
    void a_text_the_program_still_holds_is_found_in_the_live_heap_and_one_it_let_go_is_not() {
        String held = "\\".repeat(50_000);

        assertThat(LiveHeapText.holdsARunOf('\\', 50_000)).isTrue();
        Reference.reachabilityFence(held);
        held = null;
        assertThat(LiveHeapText.holdsARunOf('\\', 50_000)).isFalse();
    }

    @Test
    void a_text_another_thread_holds_in_a_frame_is_kept_until_that_thread_lets_go() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            String body = "`".repeat(50_000);
            holding.countDown();
            awaitQuietly(letGo);
            Reference.reachabilityFence(body);
        });
        holder.start();
        holding.await();

        assertThat(LiveHeapText.keepsARunOf('`', 50_000, Duration.ZERO)).as("still in the thread's frame").isTrue();
        letGo.countDown();
        holder.join();
        assertThat(LiveHeapText.keepsARunOf('`', 50_000, Duration.ofSeconds(30))).as("the thread has ended").isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean runIn(String text, java.nio.charset.Charset charset, int length) throws IOException {
        return LiveHeapText.containsRun(new ByteArrayInputStream(text.getBytes(charset)), '~', length);
    }
}
