package org.readiness.team.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.readiness.result.Figure;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;

/**
 * Each role's score per area, in the legend's order, each saying how many people it averages ("Technology owner
 * (2)"); the team's row last: where the seats see the organisation differently.
 */
class RoleAreaTable extends NativeTable {

    RoleAreaTable(Result result, TeamPart team) {
        addClassName("role-area-table");
        setCaptionText(getTranslation("team.result.role-area"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("team.role"));
        result.areas().forEach(area -> head.addHeaderCell().setText(area.title()));
        getHead().add(head);
        for (TeamPart.RoleRow role : team.roleByArea()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-role", role.roleId());
            row.addHeaderCell().setText(getTranslation("team.result.role-people", role.label(),
                    team.peopleIn(role.roleId())));
            for (Figure area : result.areas()) {
                Integer score = role.scores().get(area.id());
                row.addDataCell().setText(score == null ? "\u2013" : String.valueOf(score));
            }
            getBody().add(row);
        }
        NativeTableRow total = new NativeTableRow();
        total.addClassName("team-row");
        total.addHeaderCell().setText(getTranslation("team.result.team"));
        result.areas().forEach(area -> total.addDataCell().setText(area.scoreText()));
        getBody().add(total);
    }
}
