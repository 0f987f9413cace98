package org.readiness.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plan as stored: made from an assessment (or a team's), perhaps a client's, carrying on from the plan before; its
 * chosen actions in order, the people it names, its RACI cells, and the rhythm of its checkpoint meetings.
 */
public record StoredPlan(long id, @Nullable Long assessmentId, @Nullable Long teamId, @Nullable Long clientId,
                         @Nullable Long previousPlanId, @Nullable Rhythm rhythm, List<PlannedAction> actions,
                         List<Person> people, List<RaciCell> raci, Instant createdAt, Instant updatedAt) {

    public StoredPlan {
        actions = List.copyOf(actions);
        people = List.copyOf(people);
        raci = List.copyOf(raci);
    }

    public Optional<PlannedAction> action(String actionId) {
        return actions.stream().filter(action -> action.actionId().equals(actionId)).findFirst();
    }

    public Optional<Person> person(long personId) {
        return people.stream().filter(person -> person.id() == personId).findFirst();
    }
}
