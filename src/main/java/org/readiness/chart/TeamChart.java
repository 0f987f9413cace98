package org.readiness.chart;

import org.readiness.merge.AreaSpread;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** A team's evaluation as a {@link DotChart}, in one language, with its figures in words for screen readers. */
public final class TeamChart {

    private TeamChart() {
    }

    /** @param notScored what to write on an area no respondent could score */
    public static DotChart of(TeamEvaluation team, String language, String notScored) {
        Questionnaire questionnaire = team.questionnaire();
        List<DotChart.Row> rows = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            AreaSpread spread = team.area(area.id()).orElseThrow();
            List<DotChart.Dot> dots = new ArrayList<>();
            for (Respondent respondent : team.respondents()) {
                Integer score = spread.byRespondent().get(respondent.id());
                if (score != null) {
                    dots.add(new DotChart.Dot(score, marker(questionnaire, respondent.roleId())));
                }
            }
            rows.add(new DotChart.Row(area.title().in(language), spread.team(), dots, notScored));
        }
        List<Band> bands = questionnaire.bands().overall();
        List<BarChart.Zone> zones = bands.stream().map(band -> BarChart.Zone.of(band, bands, language)).toList();
        List<DotChart.LegendEntry> legend = rolesTakingPart(team).stream()
                .map(role -> new DotChart.LegendEntry(marker(questionnaire, role.id()), role.label().in(language)))
                .toList();
        return new DotChart(rows, zones, legend);
    }

    /**
     * The chart's figures in words: per area the team's score and each respondent's, e.g. "Technology: team 48;
     * Technology owner 20, Executive sponsor 75".
     */
    public static String describe(TeamEvaluation team, String language, String teamWord,
                                  Function<Respondent, String> name) {
        StringJoiner areas = new StringJoiner(". ");
        for (Area area : team.questionnaire().areas()) {
            AreaSpread spread = team.area(area.id()).orElseThrow();
            StringJoiner each = new StringJoiner(", ");
            for (Respondent respondent : team.respondents()) {
                Integer score = spread.byRespondent().get(respondent.id());
                if (score != null) {
                    each.add(name.apply(respondent) + " " + score);
                }
            }
            areas.add(area.title().in(language) + ": " + teamWord + " " + (spread.team() == null ? "-" : spread.team())
                    + "; " + each);
        }
        return areas.toString();
    }

    public static DotChart.Marker marker(Questionnaire questionnaire, String roleId) {
        List<Role> roles = questionnaire.roles();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).id().equals(roleId)) {
                return DotChart.Marker.of(i);
            }
        }
        return DotChart.Marker.of(roles.size());
    }

    private static List<Role> rolesTakingPart(TeamEvaluation team) {
        return team.questionnaire().roles().stream()
                .filter(role -> team.respondents().stream().anyMatch(each -> each.roleId().equals(role.id())))
                .toList();
    }
}
