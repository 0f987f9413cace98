package org.readiness.team.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.assessment.ResultWording;
import org.readiness.assessment.ui.ResultSections;
import org.readiness.result.Result;
import org.readiness.chart.DotChart;
import org.readiness.chart.SvgChart;
import org.readiness.chart.TeamChart;
import org.readiness.merge.TeamEvaluation;
import org.readiness.team.TeamOverview;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The team's result so far, from those who sent their answers: the scores with every respondent on the chart, the
 * role-by-area table, what to talk about, and the structure, owners and next steps of the team's answers.
 */
class TeamResultSection extends Section {

    TeamResultSection(TeamOverview overview, ResultWording wording, String language) {
        addClassName("team-result");
        add(new H2(getTranslation("team.result.heading")));
        if (overview.evaluation().isEmpty()) {
            add(note(getTranslation("team.result.none")));
            return;
        }
        TeamEvaluation team = overview.evaluation().get();
        if (team.isOneView()) {
            add(note(getTranslation("team.result.one-view",
                    RespondentWords.name(this, team.questionnaire(), team.respondents().get(0), language))));
        }
        if (overview.deleted() > 0) {
            add(note(getTranslation("team.result.deleted", overview.deleted())));
        }
        if (!overview.otherVersions().isEmpty()) {
            add(note(getTranslation("team.result.versions", overview.questionnaire().version(),
                    overview.otherVersions().stream().map(member -> RespondentWords.name(this,
                            overview.questionnaire(), member, language) + " (" + member.questionnaireVersion() + ")")
                            .collect(Collectors.joining(", ")))));
        }
        Result result = wording.ofTeam(team, language, overview.profile().organisation());
        add(overall(result), charts(this, team, language), RoleAreaTable.of(result, result.team().orElseThrow()),
                new TalkAboutThis(team, language), ResultSections.structure(result),
                ResultSections.actions(result.recommended()), new AnswersByRespondent(team, language));
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("team-note");
        return note;
    }

    private Div overall(Result result) {
        Span number = new Span(result.overall().scoreText());
        number.addClassName("overall-score");
        Span outOf = new Span(getTranslation("result.score-of"));
        outOf.addClassName("score-of");
        Div figure = new Div(new Span(getTranslation("team.result.overall")), number, outOf);
        figure.addClassName("overall-figure");
        if (result.overall().band() != null) {
            figure.add(ResultSections.band(result.overall(), result.questionnaire().bands().overall()));
        }
        return figure;
    }

    /** The chart in its wide form and its form for phones; the page shows the one that fits. */
    static Div charts(com.vaadin.flow.component.Component ui, TeamEvaluation team, String language) {
        Map<String, String> labels = TeamChart.labels(team, language);
        String description = TeamChart.describe(team, language, ui.getTranslation("team.result.team"),
                respondent -> labels.get(respondent.id()));
        DotChart chart = TeamChart.of(team, language, new TeamChart.Words(ui.getTranslation("result.not-scored"),
                ui.getTranslation("team.chart.line"), ui.getTranslation("team.chart.spread")));
        String title = ui.getTranslation("team.result.chart-title");
        Svg wide = new Svg(SvgChart.render(chart, title, description));
        wide.addClassNames("team-chart", "chart-wide");
        Svg narrow = new Svg(SvgChart.renderNarrow(chart, title, description));
        narrow.addClassNames("team-chart", "chart-narrow");
        Div both = new Div(wide, narrow);
        both.addClassName("team-charts");
        return both;
    }
}
