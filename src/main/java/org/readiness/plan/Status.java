package org.readiness.plan;

/** Where a planned action stands. */
public enum Status {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    /** Planned or in progress: still to be done, and carried on into a new assessment's plan. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
