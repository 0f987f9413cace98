package org.readiness.team.ui;

import com.vaadin.flow.component.Html;
import org.readiness.assessment.ui.Markup;
import org.readiness.result.Figure;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;
import org.readiness.words.Words;

/**
 * Each role's score per area, in the legend's order, each saying how many people it averages ("Technology owner
 * (2)"); the team's row last: where the seats see the organisation differently. Text the reader does not change, so
 * one element of markup.
 */
final class RoleAreaTable {

    private RoleAreaTable() {
    }

    static Html of(Result result, TeamPart team) {
        Words words = result.words();
        Markup table = new Markup().open("table", "role-area-table")
                .element("caption", null, words.get("team.result.role-area"))
                .open("thead", null).open("tr", null).element("th", null, words.get("team.role"));
        result.areas().forEach(area -> table.element("th", null, area.title()));
        table.close("tr").close("thead").open("tbody", null);
        for (TeamPart.RoleRow role : team.roleByArea()) {
            table.open("tr", null, "data-role", role.roleId()).element("th", null,
                    words.get("team.result.role-people", role.label(), team.peopleIn(role.roleId())));
            for (Figure area : result.areas()) {
                Integer score = role.scores().get(area.id());
                table.element("td", null, score == null ? "\u2013" : String.valueOf(score));
            }
            table.close("tr");
        }
        table.open("tr", "team-row").element("th", null, words.get("team.result.team"));
        result.areas().forEach(area -> table.element("td", null, area.scoreText()));
        return table.close("tr").close("tbody").close("table").toComponent();
    }
}
