package org.readiness.base.tasks;

import java.time.Instant;
import java.util.Optional;

/**
 * A task that runs again and again on a thread of its own making (Spring's scheduled methods are found without
 * this); {@link TaskHealth} asks it whether it still does.
 */
public interface RepeatingTask {

    String taskName();

    /** By when its next run should have been done; empty while it has nothing to do. */
    Optional<Instant> nextRunDue();
}
