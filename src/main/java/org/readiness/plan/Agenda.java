package org.readiness.plan;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a checkpoint meeting goes through: the actions done since the meeting before, those overdue, those due before
 * the next meeting; {@code previous} and {@code next} are the series' meetings around this one, if any.
 */
public record Agenda(LocalDate day, @Nullable LocalDate previous, @Nullable LocalDate next,
                     List<PlannedAction> doneSince, List<PlannedAction> overdue, List<PlannedAction> dueBeforeNext) {

    public Agenda {
        doneSince = List.copyOf(doneSince);
        overdue = List.copyOf(overdue);
        dueBeforeNext = List.copyOf(dueBeforeNext);
    }

    public static Agenda of(StoredPlan plan, LocalDate day, java.time.ZoneId zone) {
        List<LocalDate> days = plan.rhythm() == null ? List.of() : plan.rhythm().meetings().stream()
                .map(meeting -> meeting.toLocalDate()).toList();
        LocalDate previous = days.stream().filter(each -> each.isBefore(day)).reduce((a, b) -> b).orElse(null);
        LocalDate next = days.stream().filter(each -> each.isAfter(day)).findFirst().orElse(null);
        List<PlannedAction> doneSince = plan.actions().stream().filter(action -> action.status() == Status.DONE
                && action.doneAt() != null && !action.doneAt().atZone(zone).toLocalDate().isAfter(day)
                && (previous == null || action.doneAt().atZone(zone).toLocalDate().isAfter(previous))).toList();
        List<PlannedAction> overdue = plan.actions().stream().filter(action -> action.isOverdueOn(day)).toList();
        List<PlannedAction> dueBeforeNext = plan.actions().stream().filter(action -> action.status().isOpen()
                && action.due() != null && !action.due().isBefore(day)
                && (next == null || action.due().isBefore(next))).toList();
        return new Agenda(day, previous, next, doneSince, overdue, dueBeforeNext);
    }
}
