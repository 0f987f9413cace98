package org.readiness.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readiness.base.tasks.TaskHealth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.TaskScheduler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The app's scheduler, as its scheduled methods run on it: a task that throws is logged and runs again. */
@ExtendWith(OutputCaptureExtension.class)
class RepeatingTasksTest extends ServerUnderAbuse {

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    TaskHealth health;

    @Test
    void a_scheduled_task_that_throws_any_error_is_logged_and_runs_again(CapturedOutput output) {
        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> {
            if (runs.incrementAndGet() <= 2) {
                throw new OutOfMemoryError("Java heap space (thrown by the test, run " + runs.get() + ")");
            }
        }, Duration.ofMillis(10));

        await().atMost(Duration.ofSeconds(60)).until(() -> runs.get() >= 3);
        task.cancel(false);

        assertThat(output.getOut()).contains("thrown by the test, run 1", "thrown by the test, run 2");
    }

    @Test
    void every_repeating_task_of_the_app_is_watched_by_the_liveness_probe_which_answers_while_they_run()
            throws Exception {
        assertThat(health.taskNames()).contains("DeletionCompaction.compactAfterDeletions",
                "AssessmentService.deleteStaleDrafts", "TeamService.deleteTeamsWithoutProfile", "team-watch");
        assertThat(health.stopped()).isEmpty();

        HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()
                + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"live\"");
    }
}
