package org.readiness.team.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.readiness.result.Figure;
import org.readiness.result.HostileResults;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAreaTableTest {

    private static final String HOSTILE = HostileResults.TEXT;

    @Test
    void hostile_text_in_a_role_or_an_area_shows_as_typed_and_makes_no_element() {
        Result plain = HostileResults.of("size", "large", "owner", "no");
        Figure area = plain.areas().get(0);
        Figure hostileArea = HostileResults.hostile(area);
        TeamPart team = new TeamPart(null, List.of(), false, "", List.of(new TeamPart.RoleRow("it\"><script>",
                HOSTILE, Map.of(area.id(), 50))), List.of(), List.of());
        Result result = new Result(plain.words(), plain.questionnaire(), plain.evaluation(), plain.heading(),
                plain.open(), plain.overall(), List.of(hostileArea), plain.recommended(), plain.answers(),
                Optional.of(team));

        Element table = Jsoup.parseBodyFragment("<table class=\"role-area-table\">"
                + RoleAreaTable.of(result, team).getInnerHtml() + "</table>").selectFirst("table");

        assertThat(table.select("script, img")).isEmpty();
        assertThat(table.select("thead th").eachText()).containsExactly("Role", HOSTILE);
        assertThat(table.select("tbody tr").get(0).attr("data-role")).isEqualTo("it\"><script>");
        assertThat(table.select("tbody tr").get(0).children().eachText()).containsExactly(HOSTILE + " (0)", "50");
        assertThat(table.select("tr.team-row").first().children().eachText()).containsExactly("Team", HOSTILE);
    }
}
