package org.readiness.plan;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.words.Words;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a result's plan: the open actions of the plan before (the client's latest, or the team's before) carried on,
 * with its people, matrix and rhythm; then the cheapest way to the next band suggested; the matrix seeded from the
 * recommended structure where nothing carries over, each action's row starting as its area's.
 */
@Component
class PlanMaking {

    private final PlanRepository plans;
    private final Clock clock;

    PlanMaking(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    long make(PlanSource source, Optional<StoredPlan> previous, String language) {
        Evaluation evaluation = source.evaluation();
        Questionnaire questionnaire = evaluation.questionnaire();
        Instant now = clock.instant();
        long id = plans.insert(source.assessmentId(), source.teamId(), source.clientId(),
                previous.map(StoredPlan::id).orElse(null), now);
        List<PlannedAction> actions = new ArrayList<>();
        previous.ifPresent(before -> before.actions().stream().filter(action -> action.status().isOpen())
                .filter(action -> questionnaire.actions().stream().anyMatch(each -> each.id().equals(action.actionId())))
                .forEach(action -> actions.add(action)));
        suggested(source).stream().filter(action -> actions.stream().noneMatch(each -> each.actionId()
                        .equals(action.id())))
                .forEach(action -> actions.add(new PlannedAction(action.id(), 0, null, action.ownerRole(), null,
                        Status.PLANNED, "", null)));
        for (int i = 0; i < actions.size(); i++) {
            PlannedAction action = actions.get(i);
            plans.insertAction(id, new PlannedAction(action.actionId(), i, action.ownerName(), action.ownerRole(),
                    action.due(), action.status(), action.notes(), null), now);
        }
        if (previous.isPresent()) {
            carryOn(previous.get(), id, questionnaire);
        } else {
            seed(id, questionnaire, evaluation, language);
        }
        StoredPlan made = plans.find(id).orElseThrow();
        made.actions().forEach(action -> questionnaire.actions().stream()
                .filter(each -> each.id().equals(action.actionId())).findFirst()
                .ifPresent(each -> copyAreaRow(made, questionnaire, each)));
        return id;
    }

    private static List<Action> suggested(PlanSource source) {
        return CheapestPath.find(source.base(), PlanService.triggered(source.evaluation()), null)
                .filter(NextBand::reachable).map(NextBand::actions).orElse(List.of());
    }

    private void seed(long planId, Questionnaire questionnaire, Evaluation evaluation, String language) {
        String teamLead = Words.in(language).get("plan.raci.team-lead");
        List<String> areaRows = RaciRows.of(questionnaire, List.of());
        RaciDefaults.Seed seed = RaciDefaults.of(questionnaire, evaluation.recommendation(), areaRows, language,
                teamLead);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < seed.people().size(); i++) {
            ids.add(plans.insertPerson(planId, i, seed.people().get(i).name(), seed.people().get(i).roleId()));
        }
        seed.cells().forEach(cell -> plans.setCell(planId, cell.rowKey(), ids.get(cell.person()), cell.letter()));
    }

    private void carryOn(StoredPlan previous, long planId, Questionnaire questionnaire) {
        if (previous.rhythm() != null) {
            plans.setRhythm(planId, previous.rhythm(), clock.instant());
        }
        Map<Long, Long> samePerson = new HashMap<>();
        for (int i = 0; i < previous.people().size(); i++) {
            Person person = previous.people().get(i);
            samePerson.put(person.id(), plans.insertPerson(planId, i, person.name(), person.roleId()));
        }
        List<String> rows = RaciRows.of(questionnaire, plans.find(planId).orElseThrow().actions());
        previous.raci().stream().filter(cell -> rows.contains(cell.rowKey()))
                .forEach(cell -> plans.setCell(planId, cell.rowKey(), samePerson.get(cell.personId()), cell.letter()));
    }

    /** A newly chosen action's row starts as its area's: who is accountable for the area is for its actions. */
    void copyAreaRow(StoredPlan plan, Questionnaire questionnaire, Action action) {
        String row = RaciRows.ofAction(action.id());
        boolean empty = plans.find(plan.id()).orElseThrow().raci().stream().noneMatch(cell -> cell.rowKey().equals(row));
        if (action.area() == null || !empty) {
            return;
        }
        String areaRow = RaciRows.ofArea(action.area());
        plans.find(plan.id()).orElseThrow().raci().stream().filter(cell -> cell.rowKey().equals(areaRow))
                .forEach(cell -> plans.setCell(plan.id(), row, cell.personId(), cell.letter()));
    }

}
