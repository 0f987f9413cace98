package org.readiness.chart;

import org.readiness.merge.AreaSpread;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** A team's evaluation as a {@link DotChart}, in one language, with its figures in words for screen readers. */
public final class TeamChart {

    private TeamChart() {
    }

    /** The words a team's chart needs in the reader's language. */
    public record Words(String notScored, String teamLine, String spread) {
    }

    /**
     * Every respondent a marker of their role's shape, numbered inside where a role has several people; the legend
     * names each role with how many, and who is which number where they gave their names.
     */
    public static DotChart of(TeamEvaluation team, String language, Words words) {
        Questionnaire questionnaire = team.questionnaire();
        Map<String, String> tags = tags(team);
        List<DotChart.Row> rows = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            AreaSpread spread = team.area(area.id()).orElseThrow();
            List<DotChart.Dot> dots = new ArrayList<>();
            for (Respondent respondent : team.respondents()) {
                Integer score = spread.byRespondent().get(respondent.id());
                if (score != null) {
                    dots.add(new DotChart.Dot(score, marker(questionnaire, respondent.roleId()),
                            tags.get(respondent.id()), who(questionnaire, respondent, tags, language)));
                }
            }
            rows.add(new DotChart.Row(area.title().in(language), spread.team(), dots, words.notScored()));
        }
        List<Band> bands = questionnaire.bands().overall();
        List<BarChart.Zone> zones = bands.stream().map(band -> BarChart.Zone.of(band, bands, language)).toList();
        List<DotChart.LegendEntry> legend = rolesTakingPart(team).stream()
                .map(role -> new DotChart.LegendEntry(marker(questionnaire, role.id()), legendLabel(team, role,
                        tags, language)))
                .toList();
        return new DotChart(rows, zones, legend, new DotChart.Words(words.teamLine(), words.spread()));
    }

    /** Each respondent as the chart names them: "Technology owner 2 (Bo)", the number only where a role has several. */
    public static Map<String, String> labels(TeamEvaluation team, String language) {
        Map<String, String> tags = tags(team);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        team.respondents().forEach(respondent -> labels.put(respondent.id(),
                who(team.questionnaire(), respondent, tags, language)));
        return labels;
    }

    /** Per respondent of a role with several people, their number in it ("1", "2"), in the team's order. */
    private static Map<String, String> tags(TeamEvaluation team) {
        Map<String, String> tags = new HashMap<>();
        for (Role role : rolesTakingPart(team)) {
            List<Respondent> inRole = inRole(team, role);
            if (inRole.size() > 1) {
                for (int i = 0; i < inRole.size(); i++) {
                    tags.put(inRole.get(i).id(), String.valueOf(i + 1));
                }
            }
        }
        return tags;
    }

    private static List<Respondent> inRole(TeamEvaluation team, Role role) {
        return team.respondents().stream().filter(each -> each.roleId().equals(role.id())).toList();
    }

    /** "Technology owner 2 (Bo)", or without the number or the name where there is none. */
    private static String who(Questionnaire questionnaire, Respondent respondent, Map<String, String> tags,
                              String language) {
        String role = questionnaire.role(respondent.roleId()).map(each -> each.label().in(language))
                .orElse(respondent.roleId());
        String tag = tags.get(respondent.id());
        return role + (tag == null ? "" : " " + tag)
                + (respondent.name() == null ? "" : " (" + respondent.name() + ")");
    }

    /** "Technology owner (2): 1 Anna, 2 Bo"; "Experience owner: Eva"; "Executive sponsor (3)" without names. */
    private static String legendLabel(TeamEvaluation team, Role role, Map<String, String> tags, String language) {
        List<Respondent> inRole = inRole(team, role);
        String label = role.label().in(language) + (inRole.size() > 1 ? " (" + inRole.size() + ")" : "");
        if (inRole.stream().allMatch(each -> each.name() == null)) {
            return label;
        }
        StringJoiner who = new StringJoiner(", ");
        for (Respondent respondent : inRole) {
            String tag = tags.get(respondent.id());
            String name = respondent.name() == null ? "" : respondent.name();
            who.add(tag == null ? name : (tag + " " + name).strip());
        }
        return label + ": " + who;
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
