package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.Named;
import org.readiness.plan.ProjectedScoreText;
import org.readiness.plan.Projection;
import org.readiness.words.Words;
import org.readiness.result.Shown;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;

import java.util.List;

/** Today's score beside the projection of the plan's actions, overall and per area: the engine's, not an estimate. */
class ProjectionPanel extends Div {


    ProjectionPanel(PlanSubject subject, List<Action> actions) {
        addClassName("plan-projection");
        String language = Languages.current();
        Projection projection = Projection.of(subject.base(), actions);
        NativeTable table = new NativeTable();
        table.addClassName("projection-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("plan.projection.area"));
        head.addHeaderCell().setText(getTranslation("plan.projection.today"));
        head.addHeaderCell().setText(getTranslation("plan.projection.projected"));
        table.getHead().add(head);
        table.getBody().add(row(getTranslation("plan.projection.overall"), projection.overallNow(),
                projection.overallProjected(), language, "overall"));
        for (Area area : subject.questionnaire().areas()) {
            table.getBody().add(row(area.title().in(language), projection.areaNow(area.id()),
                    projection.areaProjected(area.id()), language, area.id()));
        }
        Paragraph explained = new Paragraph(getTranslation("plan.projection.explained", actions.size()));
        explained.addClassName("fine-print");
        H2 heading = new H2(getTranslation("plan.projection.heading"));
        add(heading, table, explained);
        Named.region(this, heading);
    }

    private NativeTableRow row(String name, Shown today, Shown projected, String language, String id) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-row", id);
        row.addHeaderCell().setText(name);
        row.addDataCell().setText(cell(today, language));
        Integer change = Shown.change(today, projected);
        row.addDataCell().setText(cell(projected, language) + (change != null && change > 0 ? " (+" + change + ")" : ""));
        return row;
    }

    private static String cell(Shown shown, String language) {
        return ProjectedScoreText.of(shown, Words.in(language));
    }
}
