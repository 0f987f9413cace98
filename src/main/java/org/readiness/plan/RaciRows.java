package org.readiness.plan;

import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/** The rows of a plan's RACI matrix: every area of the questionnaire, then every action chosen, in the plan's order. */
public final class RaciRows {

    private static final String AREA = "area:";
    private static final String ACTION = "action:";

    private RaciRows() {
    }

    public static String ofArea(String areaId) {
        return AREA + areaId;
    }

    public static String ofAction(String actionId) {
        return ACTION + actionId;
    }

    public static List<String> of(Questionnaire questionnaire, List<PlannedAction> actions) {
        List<String> rows = new ArrayList<>();
        questionnaire.areas().stream().map(Area::id).map(RaciRows::ofArea).forEach(rows::add);
        actions.stream().map(PlannedAction::actionId).map(RaciRows::ofAction).forEach(rows::add);
        return rows;
    }

    /** Whether the row is an area's (else an action's), and the area's or action's id. */
    public static boolean isArea(String rowKey) {
        return rowKey.startsWith(AREA);
    }

    public static String id(String rowKey) {
        return rowKey.substring(isArea(rowKey) ? AREA.length() : ACTION.length());
    }
}
