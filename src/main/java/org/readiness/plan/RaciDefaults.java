package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;
import org.readiness.recommendation.AreaOwners;
import org.readiness.recommendation.Recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RACI matrix a plan starts from, after the recommended structure's owners. Three areas: one person per area (its
 * first recommended owner, named by the owner's title until a name is given), accountable for the area and its
 * actions; the owner of the area that weighs most (the executive sponsor in the bundled questionnaire) informed of
 * every other row. Small team: the team responsible for every row, its lead accountable.
 */
public final class RaciDefaults {

    private RaciDefaults() {
    }

    /** A person to add, and the role they hold. */
    public record NewPerson(String name, @Nullable String roleId) {
    }

    /** A cell of a person to add, by their place in {@link Seed#people()}. */
    public record NewCell(String rowKey, int person, Raci letter) {
    }

    public record Seed(List<NewPerson> people, List<NewCell> cells) {
    }

    /** @param teamLead the words for a small team's lead, in the plan's language */
    public static Seed of(Questionnaire questionnaire, Recommendation recommendation, List<String> rows,
                          String language, String teamLead) {
        if (recommendation.structure() == Structure.SMALL_TEAM) {
            String team = recommendation.owners().stream().flatMap(owners -> owners.owners().stream()).findFirst()
                    .map(owner -> owner.title().in(language)).orElse(teamLead);
            List<NewCell> cells = new ArrayList<>();
            for (String row : rows) {
                cells.add(new NewCell(row, 0, Raci.R));
                cells.add(new NewCell(row, 1, Raci.A));
            }
            return new Seed(List.of(new NewPerson(team, null), new NewPerson(teamLead, null)), cells);
        }
        return threeAreas(questionnaire, recommendation, rows, language);
    }

    private static Seed threeAreas(Questionnaire questionnaire, Recommendation recommendation, List<String> rows,
                                   String language) {
        List<NewPerson> people = new ArrayList<>();
        Map<String, Integer> personOfArea = new LinkedHashMap<>();
        for (AreaOwners owners : recommendation.owners()) {
            if (!owners.owners().isEmpty()) {
                personOfArea.put(owners.areaId(), people.size());
                people.add(new NewPerson(owners.owners().get(0).title().in(language),
                        roleOf(questionnaire, owners.areaId())));
            }
        }
        Integer sponsor = questionnaire.areas().stream().filter(area -> personOfArea.containsKey(area.id()))
                .max(Comparator.comparingDouble(Area::weight)).map(area -> personOfArea.get(area.id())).orElse(null);
        List<NewCell> cells = new ArrayList<>();
        for (String row : rows) {
            Integer accountable = personOfArea.get(areaOf(questionnaire, row));
            if (accountable != null) {
                cells.add(new NewCell(row, accountable, Raci.A));
            }
            if (sponsor != null && !sponsor.equals(accountable)) {
                cells.add(new NewCell(row, sponsor, Raci.I));
            }
        }
        return new Seed(people, cells);
    }

    private static @Nullable String areaOf(Questionnaire questionnaire, String row) {
        String id = RaciRows.id(row);
        return RaciRows.isArea(row) ? id : questionnaire.actions().stream().filter(action -> action.id().equals(id))
                .findFirst().map(Action::area).orElse(null);
    }

    /** The role most of an area's actions are owned by (the first of equals), if any of them names one. */
    static @Nullable String roleOf(Questionnaire questionnaire, String areaId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        questionnaire.actions().stream().filter(action -> areaId.equals(action.area()) && action.ownerRole() != null)
                .forEach(action -> counts.merge(action.ownerRole(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
