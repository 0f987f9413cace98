package org.readiness.api;

import org.readiness.base.ReadinessProperties;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Team evaluations ({@code evaluate-team}) take turns: {@code readiness.evaluate-team.in-flight} run at once, each
 * holding its respondents' answers and their evaluation (a few MB for a full workshop), and at most
 * {@code readiness.evaluate-team.waiting} more wait for theirs without having read their bodies; anyone past that,
 * or who waited half a minute, is told to come back (503 with Retry-After).
 */
@Component
class EvaluationTurns {

    private static final long LONGEST_WAIT_SECONDS = 30;

    private final Semaphore running;
    private final Semaphore admitted;

    EvaluationTurns(ReadinessProperties properties) {
        ReadinessProperties.EvaluateTeam limits = properties.evaluateTeam();
        this.running = new Semaphore(limits.inFlight(), true);
        this.admitted = new Semaphore(limits.inFlight() + limits.waiting());
    }

    /** Waits for a turn; closing it lets the next one go. */
    Turn take() {
        if (!admitted.tryAcquire()) {
            throw new ApiProblems.Busy();
        }
        boolean started = false;
        try {
            started = running.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!started) {
            admitted.release();
            throw new ApiProblems.Busy();
        }
        return () -> {
            running.release();
            admitted.release();
        };
    }

    /** Whether someone waits for a turn now. */
    boolean hasWaiting() {
        return running.hasQueuedThreads();
    }

    /** A turn under way. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
