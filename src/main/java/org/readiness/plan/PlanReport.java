package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.words.Words;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the plan's files (PDF, JSON, CSV) lay out, made once: the plan, the projection of its actions not dropped,
 * the RACI rows and the rows breaking the one-Accountable rule, in the reader's language.
 */
public record PlanReport(Questionnaire questionnaire, String language, @Nullable String organisation,
                         Instant assessedAt, StoredPlan plan, Projection projection, List<String> raciRows,
                         List<RaciCheck.Problem> raciProblems, Instant generatedAt, ZoneId zone) {

    public static PlanReport of(Projectable base, String language, @Nullable String organisation, Instant assessedAt,
                                StoredPlan plan, Instant generatedAt, ZoneId zone) {
        Questionnaire questionnaire = base.questionnaire();
        List<Action> counted = plan.actions().stream().filter(action -> action.status() != Status.DROPPED)
                .flatMap(action -> find(questionnaire, action.actionId()).stream()).toList();
        List<String> rows = RaciRows.of(questionnaire, plan.actions());
        return new PlanReport(questionnaire, language, organisation, assessedAt, plan, Projection.of(base, counted),
                rows, RaciCheck.problems(rows, plan.people(), plan.raci()), generatedAt, zone);
    }

    static Optional<Action> find(Questionnaire questionnaire, String actionId) {
        return questionnaire.actions().stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    Words words() {
        return Words.in(language);
    }

    String title(String actionId) {
        return find(questionnaire, actionId).map(action -> action.title().in(language)).orElse(actionId);
    }

    /** The owner as the reader sees it: the person named, else the role's label, else nobody yet. */
    String owner(PlannedAction action) {
        if (action.ownerName() != null) {
            return action.ownerName();
        }
        return action.ownerRole() == null ? words().get("plan.action.no-owner")
                : questionnaire.role(action.ownerRole()).map(role -> role.label().in(language)).orElse(action.ownerRole());
    }

    String rowName(String row) {
        String id = RaciRows.id(row);
        return RaciRows.isArea(row) ? questionnaire.area(id).map(area -> area.title().in(language)).orElse(id)
                : title(id);
    }

    String status(Status status) {
        return words().get("plan.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
