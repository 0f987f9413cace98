package org.readiness.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One checkpoint meeting of a plan, on its day: the meeting's notes and decisions as typed. */
public record Checkpoint(LocalDate heldOn, String notes, String decisions, Instant updatedAt) {

    public Checkpoint {
        notes = notes == null ? "" : notes;
        decisions = decisions == null ? "" : decisions;
    }
}
