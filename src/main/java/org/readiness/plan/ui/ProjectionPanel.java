package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.plan.Projection;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.scoring.AreaScore;

import java.util.List;

/** Today's score beside the projection of the plan's actions, overall and per area: the engine's, not an estimate. */
class ProjectionPanel extends Div {

    private static final String DASH = "\u2013";

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
        table.getBody().add(row(getTranslation("plan.projection.overall"), projection.now().overall(),
                projection.now().overallBand(), projection.projected().overall(), projection.projected().overallBand(),
                language, "overall"));
        for (Area area : subject.questionnaire().areas()) {
            AreaScore now = projection.now().area(area.id()).orElseThrow();
            AreaScore then = projection.projected().area(area.id()).orElseThrow();
            table.getBody().add(row(area.title().in(language), now.score(), now.band(), then.score(), then.band(),
                    language, area.id()));
        }
        Paragraph explained = new Paragraph(getTranslation("plan.projection.explained", actions.size()));
        explained.addClassName("fine-print");
        add(new H2(getTranslation("plan.projection.heading")), table, explained);
    }

    private NativeTableRow row(String name, @Nullable Integer today, @Nullable Band todayBand,
                               @Nullable Integer projected, @Nullable Band projectedBand, String language, String id) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-row", id);
        row.addHeaderCell().setText(name);
        row.addDataCell().setText(cell(today, todayBand, language));
        String change = today != null && projected != null && projected > today ? " (+" + (projected - today) + ")" : "";
        row.addDataCell().setText(cell(projected, projectedBand, language) + change);
        return row;
    }

    private String cell(@Nullable Integer score, @Nullable Band band, String language) {
        return score == null ? DASH : score + (band == null ? "" : " \u00b7 " + band.label().in(language));
    }

}
