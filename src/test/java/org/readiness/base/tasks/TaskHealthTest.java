package org.readiness.base.tasks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.base.MovableClock;
import org.readiness.base.Settings;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's scheduled tasks as the app has them (a nightly cron task, one every two minutes) count as stopped once
 * they are ten minutes late for their next run: the clock here moves on while the real scheduler runs neither.
 */
class TaskHealthTest {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final MovableClock clock = new MovableClock();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdown();
    }

    @Test
    void a_scheduled_task_ten_minutes_late_for_its_run_has_stopped_and_the_others_have_not() {
        scheduler.initialize();
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        registrar.setTaskScheduler(scheduler);
        ScheduledTask nightly = registrar.scheduleCronTask(new CronTask(new Named("Cleanup.nightly"), "0 17 3 * * *"));
        ScheduledTask often = registrar.scheduleFixedDelayTask(new FixedDelayTask(new Named("Compaction.often"),
                Duration.ofMinutes(2), Duration.ofMinutes(2)));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("scheduled", (ScheduledTaskHolder) () -> Set.of(nightly, often));
        TaskHealth health = new TaskHealth(beans.getBeanProvider(ScheduledTaskHolder.class),
                beans.getBeanProvider(RepeatingTask.class), clock, Settings.of(Map.of("tasks.overdue-after", "PT10M")));

        assertThat(health.taskNames()).containsExactlyInAnyOrder("Cleanup.nightly", "Compaction.often");
        assertThat(health.stopped()).isEmpty();

        clock.advance(Duration.ofMinutes(12).plusSeconds(1));
        assertThat(health.stopped()).containsExactly("Compaction.often");

        clock.advance(Duration.ofDays(1));
        assertThat(health.stopped()).containsExactlyInAnyOrder("Cleanup.nightly", "Compaction.often");
    }

    /** A task that does nothing, named as Spring names a scheduled method. */
    private record Named(String name) implements Runnable {
        @Override
        public void run() {
        }

        @Override
        public String toString() {
            return "org.readiness.example." + name;
        }
    }
}
