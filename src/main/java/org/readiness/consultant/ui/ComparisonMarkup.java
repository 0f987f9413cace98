package org.readiness.consultant.ui;

import com.vaadin.flow.component.Html;
import org.readiness.assessment.ui.Markup;
import org.readiness.result.Comparison;
import org.readiness.result.Figure;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;
import org.readiness.words.Words;

import java.util.List;

/**
 * A comparison's scores, structure, changed answers, next steps and (for a team) disagreements: text the consultant
 * does not change, so one element of markup. Each list is named by the heading before it.
 */
final class ComparisonMarkup {

    private final Words words;
    private final Markup html = new Markup();

    private ComparisonMarkup(Words words) {
        this.words = words;
    }

    static Html of(Comparison comparison) {
        return new ComparisonMarkup(comparison.after().words()).write(comparison);
    }

    private Html write(Comparison comparison) {
        html.open("div", "comparison");
        scores(comparison);
        open("compare.open.before", comparison.before());
        open("compare.open.after", comparison.after());
        html.element("h2", null, words.get("compare.structure")).element("p", "comparison-structure",
                comparison.structureChanged() ? comparison.structureBefore() + " \u2192 " + comparison.structureAfter()
                        : words.get("compare.structure.same", comparison.structureAfter()));
        if (!comparison.after().isTeam()) {
            answers(comparison.answers());
        }
        actions("compare.actions.done", comparison.actionsDone(), "actions-done");
        actions("compare.actions.new", comparison.actionsNew(), "actions-new");
        actions("compare.actions.open", comparison.actionsStillOpen(), "actions-open");
        comparison.talks().ifPresent(talks -> {
            talks("team.compare.settled", talks.settled(), "talks-settled");
            talks("team.compare.arisen", talks.arisen(), "talks-arisen");
            talks("team.compare.open", talks.stillOpen(), "talks-open");
        });
        return html.close("div").toComponent();
    }

    private void scores(Comparison comparison) {
        html.open("table", "comparison-scores").open("thead", null).open("tr", null);
        for (String key : List.of("compare.area", "compare.before", "compare.after", "compare.change")) {
            html.element("th", null, words.get(key));
        }
        html.close("tr").close("thead").open("tbody", null);
        for (Comparison.ScoreLine line : comparison.scores()) {
            html.open("tr", null, "data-area", line.id()).element("th", null, line.title())
                    .element("td", null, cell(line.before())).element("td", null, cell(line.after()))
                    .open("td", null).element("span", changeClass(line.change()), line.changeText()).close("td")
                    .close("tr");
        }
        html.close("tbody").close("table");
    }

    private static String changeClass(Integer change) {
        return change == null || change == 0 ? "delta" : change > 0 ? "delta-up" : "delta-down";
    }

    /** "59 · On the way", "– · Incomplete". */
    private static String cell(Figure figure) {
        return figure.label().isEmpty() ? figure.scoreText() : figure.scoreText() + " \u00b7 " + figure.label();
    }

    /** Which required questions a result still has open, when it has any. */
    private void open(String key, Result result) {
        if (!result.isComplete()) {
            html.element("p", "comparison-open", words.get(key, result.openText()));
        }
    }

    private void answers(List<Comparison.AnswerChange> answers) {
        if (heading("compare.answers", "changed-answers", answers.isEmpty(), "compare.answers.none")) {
            answers.forEach(change -> html.element("li", null, change.questionText() + " \u2014 " + change.before()
                    + " \u2192 " + change.after(), "data-question", change.questionId()));
            html.close("ul");
        }
    }

    private void actions(String key, List<Recommended.ActionLine> actions, String list) {
        if (heading(key, list, actions.isEmpty(), "compare.none")) {
            actions.forEach(action -> html.element("li", null, action.title(), "data-action", action.id()));
            html.close("ul");
        }
    }

    private void talks(String key, List<TeamPart.Talk> talks, String list) {
        if (heading(key, list, talks.isEmpty(), "compare.none")) {
            talks.forEach(talk -> html.element("li", null, talk.questionText() + " \u2014 " + talk.whoAnsweredWhat()));
            html.close("ul");
        }
    }

    /** The list's heading, then either the list opened (true) or the words for an empty one (false). */
    private boolean heading(String key, String list, boolean empty, String noneKey) {
        String id = list + "-heading";
        html.element("h2", null, words.get(key), "id", id);
        if (empty) {
            html.element("p", null, words.get(noneKey));
            return false;
        }
        html.open("ul", list, "aria-labelledby", id);
        return true;
    }
}
