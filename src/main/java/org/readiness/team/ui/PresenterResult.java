package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.readiness.assessment.ui.ResultSections;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/** The team's scores on the wall: overall with its band, each area's figure, and every person on the chart. */
class PresenterResult extends Div {

    PresenterResult(Result result) {
        addClassName("presenter-result");
        Div figures = new Div();
        figures.addClassName("presenter-figures");
        figures.add(figure(getTranslation("team.present.overall"), result.overall(), result));
        result.areas().forEach(area -> figures.add(figure(area.title(), area, result)));
        add(new H2(getTranslation("team.present.result")), figures,
                TeamResultSection.charts(this, result.team().orElseThrow().evaluation(), result.language()));
    }

    private Div figure(String label, Figure shown, Result result) {
        Span name = new Span(label);
        name.addClassName("presenter-figure-label");
        Span number = new Span(shown.scoreText());
        number.addClassName("presenter-figure-score");
        Div figure = new Div(name, number);
        figure.addClassName("presenter-figure");
        if (shown.band() != null) {
            figure.add(ResultSections.band(shown, result.questionnaire().bands().overall()));
        }
        return figure;
    }
}
