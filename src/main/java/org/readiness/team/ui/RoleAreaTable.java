package org.readiness.team.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Area;
import org.readiness.scoring.AreaScore;

import java.util.Map;

/**
 * Each role's score per area, in the legend's order, each saying how many people it averages ("Technology owner
 * (2)"); the team's row last: where the seats see the organisation differently.
 */
class RoleAreaTable extends NativeTable {

    RoleAreaTable(TeamEvaluation team, String language) {
        addClassName("role-area-table");
        setCaptionText(getTranslation("team.result.role-area"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("team.role"));
        team.questionnaire().areas().forEach(area -> head.addHeaderCell().setText(area.title().in(language)));
        getHead().add(head);
        team.roleByArea().forEach((roleId, scores) -> {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-role", roleId);
            long people = team.respondents().stream().filter(each -> each.roleId().equals(roleId)).count();
            row.addHeaderCell().setText(getTranslation("team.result.role-people",
                    RespondentWords.role(team.questionnaire(), roleId, language), people));
            for (Area area : team.questionnaire().areas()) {
                row.addDataCell().setText(cell(scores, area.id()));
            }
            getBody().add(row);
        });
        NativeTableRow total = new NativeTableRow();
        total.addClassName("team-row");
        total.addHeaderCell().setText(getTranslation("team.result.team"));
        for (Area area : team.questionnaire().areas()) {
            total.addDataCell().setText(team.evaluation().score().area(area.id()).map(AreaScore::score)
                    .map(String::valueOf).orElse("-"));
        }
        getBody().add(total);
    }

    private static String cell(Map<String, Integer> scores, String areaId) {
        Integer score = scores.get(areaId);
        return score == null ? "-" : String.valueOf(score);
    }
}
