package org.readiness.team;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.base.MovableClock;
import org.readiness.base.Settings;
import org.readiness.base.tasks.RepeatingTask;
import org.readiness.base.tasks.TaskHealth;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The team watch meets the worst a look can throw (here an OutOfMemoryError, as after the flood) and goes on
 * looking; and when its looks stop coming while a page watches, the liveness probe says so.
 */
class TeamWatchFailuresTest {

    private final TeamRepository teams = mock(TeamRepository.class);
    private final MovableClock clock = new MovableClock();
    private final TeamWatch watch = new TeamWatch(teams, Settings.of(Map.of("team.watch-millis", "10")), clock);
    private final TaskHealth health = new TaskHealth(
            new DefaultListableBeanFactory().getBeanProvider(ScheduledTaskHolder.class),
            beans(watch), clock, Settings.of(Map.of("tasks.overdue-after", "PT10M")));

    @AfterEach
    void stop() {
        watch.stop();
    }

    @Test
    void a_look_that_throws_an_error_is_logged_and_the_next_look_still_tells_the_page_of_a_change() throws Exception {
        when(teams.marks(any())).thenReturn(Map.of(7L, "one answer"))
                .thenThrow(new OutOfMemoryError("Java heap space (thrown by the test)"))
                .thenThrow(new IllegalStateException("a bug"))
                .thenReturn(Map.of(7L, "two answers"));
        CountDownLatch told = new CountDownLatch(1);

        try (AutoCloseable watching = watch.watch(7L, told::countDown)) {
            assertThat(told.await(60, TimeUnit.SECONDS)).as("the page is told after the errors").isTrue();
        }
    }

    @Test
    void the_liveness_probe_fails_while_a_watched_team_gets_no_look_and_recovers_with_the_next() throws Exception {
        CountDownLatch looking = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        when(teams.marks(any())).thenReturn(Map.of(7L, "one answer")).thenAnswer(stuck -> {
            looking.countDown();
            mayGoOn.await();
            return Map.of(7L, "one answer");
        }).thenReturn(Map.of(7L, "one answer"));

        try (AutoCloseable watching = watch.watch(7L, () -> { })) {
            assertThat(looking.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(health.stopped()).isEmpty();

            clock.advance(Duration.ofMinutes(11));
            assertThat(health.stopped()).containsExactly("team-watch");

            mayGoOn.countDown();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> health.stopped().isEmpty());
        }
        assertThat(health.taskNames()).containsExactly("team-watch");
        assertThat(watch.nextRunDue()).as("nothing to do while no page watches").isEmpty();
    }

    private static org.springframework.beans.factory.ObjectProvider<RepeatingTask> beans(RepeatingTask task) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("task", task);
        return beans.getBeanProvider(RepeatingTask.class);
    }

}
