package org.readiness.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action chosen for a plan: its owner (a named person, or without one the role {@code ownerRole}), due date,
 * status and notes; {@code doneAt} is when it was marked done.
 */
public record PlannedAction(String actionId, int position, @Nullable String ownerName, @Nullable String ownerRole,
                            @Nullable LocalDate due, Status status, String notes, @Nullable Instant doneAt) {

    public PlannedAction {
        notes = notes == null ? "" : notes;
    }

    /** Open and past its due date on that day. */
    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && due != null && due.isBefore(day);
    }
}
