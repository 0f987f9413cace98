package org.readiness.team;

import jakarta.annotation.PreDestroy;
import org.readiness.assessment.AssessmentFinished;
import org.readiness.base.ReadinessProperties;
import org.readiness.base.tasks.RepeatingTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells open team pages when their team changes: someone joins, answers, sends or deletes their answers. It reads a
 * mark of each watched team from the database a few times a second, in one query for all of them, so it sees the
 * answers given through any server behind the load balancer, not only this one. It runs only while a page watches.
 * A respondent who sends their answers through this server is seen at once, without waiting for the next look; sends
 * that come while such a look waits for its turn are seen by that one look, not by a look each. A look that meets any
 * error logs it and the next look comes all the same; the liveness probe fails if looks stop coming while pages watch
 * ({@link RepeatingTask}).
 */
@Component
public class TeamWatch implements RepeatingTask {

    private static final Logger log = LoggerFactory.getLogger(TeamWatch.class);

    private final TeamRepository teams;
    private final long intervalMillis;
    private final Map<Long, Set<Runnable>> watchers = new ConcurrentHashMap<>();
    private final Map<Long, String> lastMarks = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "team-watch");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> running;
    /** A look asked for by a finish waits for the watch's thread: later finishes need no look of their own. */
    private final AtomicBoolean lookWaiting = new AtomicBoolean();
    private final Clock clock;
    /** When the last look ended, or the watching began: the next look is due an interval later. */
    private volatile Instant lastLooked;

    TeamWatch(TeamRepository teams, ReadinessProperties properties, Clock clock) {
        this.teams = teams;
        this.intervalMillis = properties.team().watchMillis();
        this.clock = clock;
    }

    @Override
    public String taskName() {
        return "team-watch";
    }

    @Override
    public synchronized Optional<Instant> nextRunDue() {
        return running == null ? Optional.empty() : Optional.of(lastLooked.plusMillis(intervalMillis));
    }

    /** Calls {@code changed} (on the watch's thread) whenever the team changes, until the returned handle closes. */
    public synchronized AutoCloseable watch(long teamId, Runnable changed) {
        watchers.computeIfAbsent(teamId, id -> new CopyOnWriteArraySet<>()).add(changed);
        if (!lastMarks.containsKey(teamId)) {
            // What the page shows now is what a change is measured against, not what the next look finds.
            try {
                teams.marks(Set.of(teamId)).forEach(lastMarks::put);
            } catch (DataAccessException e) {
                log.debug("Team watch could not read team {}: {}", teamId, e.getMessage());
            }
        }
        if (running == null) {
            lastLooked = clock.instant();
            running = timer.scheduleWithFixedDelay(this::lookSafely, intervalMillis, intervalMillis,
                    TimeUnit.MILLISECONDS);
        }
        return () -> stopWatching(teamId, changed);
    }

    private synchronized void stopWatching(long teamId, Runnable changed) {
        Set<Runnable> forTeam = watchers.get(teamId);
        if (forTeam != null) {
            forTeam.remove(changed);
            if (forTeam.isEmpty()) {
                watchers.remove(teamId);
                lastMarks.remove(teamId);
            }
        }
        if (watchers.isEmpty() && running != null) {
            running.cancel(false);
            running = null;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void lookNow(AssessmentFinished finished) {
        synchronized (this) {
            if (running == null) {
                return;
            }
        }
        if (!lookWaiting.compareAndSet(false, true)) {
            return;
        }
        try {
            timer.execute(() -> {
                lookWaiting.set(false);
                lookSafely();
            });
        } catch (RejectedExecutionException stopping) {
            lookWaiting.set(false);
            log.debug("Team watch is stopping; a finish is not looked at");
        }
    }

    /** A look that throws would end the schedule for good: whatever it meets is logged, and the next look comes. */
    private void lookSafely() {
        try {
            look();
        } catch (Throwable e) {
            log.error("Team watch could not look for changes; it looks again in {} ms", intervalMillis, e);
        } finally {
            lastLooked = clock.instant();
        }
    }

    private void look() {
        Map<Long, String> marks;
        try {
            marks = teams.marks(Set.copyOf(watchers.keySet()));
        } catch (DataAccessException e) {
            log.debug("Team watch could not read the database: {}", e.getMessage());
            return;
        }
        marks.forEach((teamId, mark) -> {
            String last;
            synchronized (this) {
                last = lastMarks.put(teamId, mark);
            }
            if (last != null && !last.equals(mark)) {
                watchers.getOrDefault(teamId, Set.of()).forEach(TeamWatch::tell);
            }
        });
    }

    private static void tell(Runnable watcher) {
        try {
            watcher.run();
        } catch (RuntimeException e) {
            log.warn("A team page could not be told of a change: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
