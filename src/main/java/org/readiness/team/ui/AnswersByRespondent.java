package org.readiness.team.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.readiness.chart.TeamChart;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.scoring.QuestionScore;
import org.readiness.words.Words;

import java.util.Map;

/** Every question's answer and points per respondent, built when opened (it is the largest part of the page). */
class AnswersByRespondent extends Details {

    AnswersByRespondent(TeamEvaluation team, String language) {
        setSummaryText(getTranslation("team.answers.heading"));
        addClassName("team-answers");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                add(table(team, language));
            }
        });
    }

    private NativeTable table(TeamEvaluation team, String language) {
        NativeTable table = new NativeTable();
        table.addClassName("team-answers-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("result.why.question"));
        Map<String, String> labels = TeamChart.labels(team, language);
        for (Respondent respondent : team.respondents()) {
            head.addHeaderCell().setText(labels.get(respondent.id()));
        }
        head.addHeaderCell().setText(getTranslation("team.result.team"));
        table.getHead().add(head);
        for (MergedQuestion question : team.questions()) {
            if (question.byRespondent().isEmpty()) {
                continue;
            }
            NativeTableRow row = new NativeTableRow();
            row.addHeaderCell().setText(question.question().text().in(language));
            for (Respondent respondent : team.respondents()) {
                row.addDataCell().setText(cell(question, question.byRespondent().get(respondent.id()), language));
            }
            row.addDataCell().setText(question.team().counts() ? getTranslation("result.why.points-value",
                    question.team().earned(), question.team().reachable()) : "\u2013");
            table.getBody().add(row);
        }
        return table;
    }

    private String cell(MergedQuestion question, QuestionScore score, String language) {
        if (score == null || score.status() == QuestionScore.Status.HIDDEN) {
            return "\u2013";
        }
        String answer = score.answer() == null ? getTranslation("status.not-answered")
                : AnswerWords.of(question.question(), score.answer(), Words.in(language));
        return score.counts() ? answer + " (" + getTranslation("result.why.points-value", score.earned(),
                score.reachable()) + ")" : answer;
    }
}
