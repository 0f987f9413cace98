package org.readiness.scorecard;

import org.readiness.merge.AreaSpread;
import org.readiness.merge.MergedQuestion;
import org.readiness.result.AnswerRow;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;
import org.readiness.scoring.QuestionScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.readiness.scorecard.JsonScoreCard.answer;
import static org.readiness.scorecard.JsonScoreCard.map;

/**
 * What a team's JSON card adds to one respondent's: who answered, each area's spread and respondents, the
 * role-by-area table, the disagreements with who answered what, and every question's answers per respondent.
 */
final class JsonTeamPart {

    private JsonTeamPart() {
    }

    static void putRespondents(Map<String, Object> document, TeamPart team) {
        document.put("respondents", team.people().stream().map(person -> map("id", person.id(), "role",
                person.roleId(), "roleLabel", person.roleLabel(), "name", person.name())).toList());
    }

    static void putSpread(Map<String, Object> area, TeamPart team, String areaId) {
        AreaSpread spread = team.evaluation().area(areaId).orElseThrow();
        area.put("spread", map("lowest", spread.lowest(), "highest", spread.highest()));
        area.put("respondents", spread.byRespondent().entrySet().stream()
                .map(each -> map("respondent", each.getKey(), "score", each.getValue())).toList());
    }

    static void putDisagreements(Map<String, Object> document, TeamPart team) {
        document.put("roleByArea", team.roleByArea().stream().map(row -> map("role", row.roleId(),
                "roleLabel", row.label(), "scores", row.scores())).toList());
        document.put("disagreements", team.disagreements().stream().map(talk -> map("question", talk.questionId(),
                "text", talk.questionText(), "spread", talk.spread(), "range", talk.range(),
                "pointsAtStake", talk.pointsAtStake(), "summary", talk.whoAnsweredWhat(),
                "answers", groups(talk.groups()))).toList());
        document.put("profileDifferences", team.profileDifferences().stream().map(difference ->
                map("question", difference.questionId(), "profile", answer(difference.profile()),
                        "answers", groups(difference.groups()))).toList());
    }

    private static List<Map<String, Object>> groups(List<TeamPart.Group> groups) {
        return groups.stream().map(group -> map("answer", answer(group.answer()), "answerText", group.answerText(),
                "points", group.points(), "respondents", group.respondentIds())).toList();
    }

    /** Every question someone was asked, with the team's points and each respondent's answer. */
    static List<Object> answers(Result result, TeamPart team) {
        Map<String, AnswerRow> rows = new HashMap<>();
        result.answers().forEach(row -> rows.put(row.questionId() + "\n" + row.respondent().id(), row));
        List<Object> answers = new ArrayList<>();
        for (MergedQuestion question : team.evaluation().questions()) {
            if (question.byRespondent().isEmpty()) {
                continue;
            }
            List<Object> byRespondent = new ArrayList<>();
            for (var person : team.people()) {
                QuestionScore score = question.byRespondent().get(person.id());
                AnswerRow row = rows.get(question.question().id() + "\n" + person.id());
                byRespondent.add(map("respondent", person.id(), "status",
                        score.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        "answer", answer(score.answer()), "answerText", row == null ? null : row.answerText(),
                        "earned", score.earned(), "reachable", score.reachable()));
            }
            answers.add(map("question", question.question().id(), "text",
                    question.question().text().in(result.language()), "area", question.question().area(),
                    "team", map("earned", question.team().earned(), "reachable", question.team().reachable()),
                    "spread", question.spread(), "byRespondent", byRespondent));
        }
        return answers;
    }
}
