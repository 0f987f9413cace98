package org.readiness.base.tasks;

import org.readiness.base.ReadinessProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.springframework.scheduling.config.TaskExecutionOutcome;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether every repeating task still runs: Spring's scheduled methods (the nightly draft cleanup, the compaction
 * after deletions, ...) and the {@link RepeatingTask}s with threads of their own (the team watch). A task that is
 * {@code readiness.tasks.overdue-after} late for its next run, or has been running that long, has stopped: stuck, or
 * its thread gone. {@code /health/live} fails then, so that the app's supervisor restarts it. A task that throws does
 * not stop: each one catches what its run meets and logs it (Spring's scheduler does so for its own).
 */
@Component
public class TaskHealth {

    private final ObjectProvider<ScheduledTaskHolder> scheduled;
    private final ObjectProvider<RepeatingTask> repeating;
    private final Clock clock;
    private final Duration overdueAfter;
    private final Instant started;

    public TaskHealth(ObjectProvider<ScheduledTaskHolder> scheduled, ObjectProvider<RepeatingTask> repeating,
                      Clock clock, ReadinessProperties properties) {
        this.scheduled = scheduled;
        this.repeating = repeating;
        this.clock = clock;
        this.overdueAfter = properties.tasks().overdueAfter();
        this.started = clock.instant();
    }

    /** The names of the repeating tasks known here. */
    public List<String> taskNames() {
        List<String> names = new ArrayList<>();
        scheduled.forEach(holder -> holder.getScheduledTasks().forEach(task -> names.add(name(task.getTask()))));
        repeating.forEach(task -> names.add(task.taskName()));
        return names;
    }

    /** The tasks that should have run by now and have not: empty while all is well. */
    public List<String> stopped() {
        Instant late = clock.instant().minus(overdueAfter);
        List<String> stopped = new ArrayList<>();
        scheduled.forEach(holder -> holder.getScheduledTasks().forEach(task -> {
            if (due(task).isBefore(late)) {
                stopped.add(name(task.getTask()));
            }
        }));
        repeating.forEach(task -> task.nextRunDue().filter(due -> due.isBefore(late))
                .ifPresent(due -> stopped.add(task.taskName())));
        return stopped;
    }

    /** When the task's run should start, or, while it runs, when it started. */
    private Instant due(ScheduledTask scheduledTask) {
        Task task = scheduledTask.getTask();
        TaskExecutionOutcome last = task.getLastExecutionOutcome();
        Instant lastStart = last.executionTime();
        if (last.status() == TaskExecutionOutcome.Status.STARTED && lastStart != null) {
            return lastStart;
        }
        Instant from = lastStart == null ? started : lastStart;
        if (task instanceof CronTask cron) {
            return Optional.ofNullable(CronExpression.parse(cron.getExpression())
                            .next(from.atZone(ZoneId.systemDefault())))
                    .map(next -> next.toInstant()).orElse(Instant.MAX);
        }
        if (task instanceof IntervalTask interval) {
            return from.plus(lastStart == null ? interval.getInitialDelayDuration() : interval.getIntervalDuration());
        }
        return Instant.MAX;
    }

    private static String name(Task task) {
        String method = task.toString();
        int lastDot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return method.substring(lastDot + 1);
    }
}
