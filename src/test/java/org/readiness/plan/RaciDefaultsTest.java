package org.readiness.plan;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Fixtures;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.Recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answers;

/**
 * The RACI matrix a plan starts from, on the bundled questionnaire: three areas each with its owner accountable and
 * the executive sponsor kept informed; a small team responsible for everything, its lead accountable.
 */
class RaciDefaultsTest {

    private static final Questionnaire QUESTIONNAIRE = Fixtures.commerceStakeholders();
    private static final String LEAD = "The team’s lead";

    /** A plan's rows: the three areas, then one action of each area. */
    private static final List<String> ROWS = RaciRows.of(QUESTIONNAIRE, List.of(planned("own-every-touchpoint", 0),
            planned("plan-integrations", 1), planned("secure-budget", 2)));

    @Test
    void three_areas_make_each_areas_owner_accountable_for_its_rows_and_the_executive_sponsor_informed_of_the_others() {
        Recommendation large = recommendation("251-1000", "16-50");
        assertThat(large.structure()).isEqualTo(Structure.THREE_AREA);

        RaciDefaults.Seed seed = RaciDefaults.of(QUESTIONNAIRE, large, ROWS, "en", LEAD);

        String experience = owner("vp-digital", "en");
        String technology = owner("it-systems-manager", "en");
        String sponsor = owner("c-suite", "en");
        assertThat(seed.people()).containsExactly(new RaciDefaults.NewPerson(experience, "experience"),
                new RaciDefaults.NewPerson(technology, "technology"),
                new RaciDefaults.NewPerson(sponsor, "executive-sponsor"));
        for (String row : List.of("area:experience", "action:own-every-touchpoint")) {
            assertThat(letters(seed, row)).as(row).containsExactly(Map.entry(experience, Raci.A),
                    Map.entry(sponsor, Raci.I));
        }
        for (String row : List.of("area:technology", "action:plan-integrations")) {
            assertThat(letters(seed, row)).as(row).containsExactly(Map.entry(technology, Raci.A),
                    Map.entry(sponsor, Raci.I));
        }
        for (String row : List.of("area:sponsorship", "action:secure-budget")) {
            assertThat(letters(seed, row)).as(row + ": the sponsor's own, accountable rather than informed")
                    .containsExactly(Map.entry(sponsor, Raci.A));
        }
    }

    @Test
    void a_small_team_is_responsible_for_every_row_and_its_lead_accountable() {
        Recommendation small = recommendation("11-50", "1-5");
        assertThat(small.structure()).isEqualTo(Structure.SMALL_TEAM);

        RaciDefaults.Seed seed = RaciDefaults.of(QUESTIONNAIRE, small, ROWS, "en", LEAD);

        String team = owner("digital-team-experience", "en");
        assertThat(seed.people()).containsExactly(new RaciDefaults.NewPerson(team, null),
                new RaciDefaults.NewPerson(LEAD, null));
        for (String row : ROWS) {
            assertThat(letters(seed, row)).as(row).containsExactly(Map.entry(team, Raci.R), Map.entry(LEAD, Raci.A));
        }
    }

    @Test
    void the_people_are_named_in_the_plans_language() {
        RaciDefaults.Seed large = RaciDefaults.of(QUESTIONNAIRE, recommendation("251-1000", "16-50"), ROWS, "sv",
                "Teamets ledare");
        RaciDefaults.Seed small = RaciDefaults.of(QUESTIONNAIRE, recommendation("11-50", "1-5"), ROWS, "sv",
                "Teamets ledare");

        assertThat(large.people()).extracting(RaciDefaults.NewPerson::name).containsExactly(
                owner("vp-digital", "sv"), owner("it-systems-manager", "sv"), owner("c-suite", "sv"));
        assertThat(small.people()).extracting(RaciDefaults.NewPerson::name)
                .containsExactly(owner("digital-team-experience", "sv"), "Teamets ledare");
        assertThat(owner("c-suite", "sv")).isNotEqualTo(owner("c-suite", "en"));
    }

    @Test
    void the_defaults_give_every_row_exactly_one_accountable_under_either_structure() {
        List<PlannedAction> every = IntStream.range(0, QUESTIONNAIRE.actions().size())
                .mapToObj(i -> planned(QUESTIONNAIRE.actions().get(i).id(), i)).toList();
        List<String> rows = RaciRows.of(QUESTIONNAIRE, every);
        assertThat(rows).hasSize(QUESTIONNAIRE.areas().size() + QUESTIONNAIRE.actions().size());

        for (Recommendation recommendation : List.of(recommendation("251-1000", "16-50"),
                recommendation("11-50", "1-5"), recommendation("1-10", "none"), recommendation("1001-plus", "51-plus"))) {
            RaciDefaults.Seed seed = RaciDefaults.of(QUESTIONNAIRE, recommendation, rows, "en", LEAD);
            List<Person> people = IntStream.range(0, seed.people().size())
                    .mapToObj(i -> new Person(i, seed.people().get(i).name(), seed.people().get(i).roleId())).toList();
            List<RaciCell> cells = seed.cells().stream()
                    .map(cell -> new RaciCell(cell.rowKey(), cell.person(), cell.letter())).toList();

            assertThat(RaciCheck.problems(rows, people, cells)).as(recommendation.structure().id()).isEmpty();
        }
    }

    private static Recommendation recommendation(String companySize, String digitalTeamSize) {
        return Evaluation.of(QUESTIONNAIRE, answers("company-size", companySize, "business-model", "b2c",
                "digital-team-size", digitalTeamSize)).recommendation();
    }

    private static String owner(String id, String language) {
        return QUESTIONNAIRE.owners().stream().filter(owner -> owner.id().equals(id)).findFirst()
                .map(Owner::title).orElseThrow().in(language);
    }

    /** Who holds which letter in a row, in the order of the seed's people. */
    private static Map<String, Raci> letters(RaciDefaults.Seed seed, String row) {
        Map<String, Raci> letters = new LinkedHashMap<>();
        seed.cells().stream().filter(cell -> cell.rowKey().equals(row))
                .sorted(java.util.Comparator.comparingInt(RaciDefaults.NewCell::person))
                .forEach(cell -> letters.put(seed.people().get(cell.person()).name(), cell.letter()));
        return letters;
    }

    private static PlannedAction planned(String actionId, int position) {
        assertThat(QUESTIONNAIRE.actions()).extracting(Action::id).contains(actionId);
        return new PlannedAction(actionId, position, null, null, null, Status.PLANNED, "", null);
    }
}
