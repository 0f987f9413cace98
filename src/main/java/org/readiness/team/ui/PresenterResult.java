package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.readiness.assessment.ui.ResultSections;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.scoring.AreaScore;

/** The team's scores on the wall: overall with its band, each area's figure, and every person on the chart. */
class PresenterResult extends Div {

    PresenterResult(TeamEvaluation team, String language) {
        addClassName("presenter-result");
        Integer overall = team.evaluation().score().overall();
        Div figures = new Div();
        figures.addClassName("presenter-figures");
        figures.add(figure(getTranslation("team.present.overall"), overall, team.evaluation().score().overallBand(),
                team, language));
        for (Area area : team.questionnaire().areas()) {
            AreaScore score = team.evaluation().score().area(area.id()).orElse(null);
            figures.add(figure(area.title().in(language), score == null || !score.isScored() ? null : score.score(),
                    score == null || !score.isScored() ? null : score.band(), team, language));
        }
        add(new H2(getTranslation("team.present.result")), figures, TeamResultSection.charts(this, team, language));
    }

    private Div figure(String label, Integer score, Band band, TeamEvaluation team, String language) {
        Span name = new Span(label);
        name.addClassName("presenter-figure-label");
        Span number = new Span(score == null ? "\u2013" : String.valueOf(score));
        number.addClassName("presenter-figure-score");
        Div figure = new Div(name, number);
        figure.addClassName("presenter-figure");
        if (band != null) {
            figure.add(ResultSections.band(band, team.questionnaire().bands().overall(), language));
        }
        return figure;
    }
}
