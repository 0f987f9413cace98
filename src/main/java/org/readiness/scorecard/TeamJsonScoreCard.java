package org.readiness.scorecard;

import org.readiness.merge.AnswerGroup;
import org.readiness.merge.AreaSpread;
import org.readiness.merge.Disagreement;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.ProfileDifference;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.readiness.scorecard.JsonScoreCard.map;

/**
 * A team's result as JSON, {@code formatVersion} 2 of {@code schemas/scorecard.schema.json}: the team's scores as one
 * respondent's card gives them, each area's spread and respondents, the role-by-area table, the disagreements with
 * who answered what, and every question's answers per respondent.
 */
final class TeamJsonScoreCard {

    static final int FORMAT_VERSION = 2;

    private TeamJsonScoreCard() {
    }

    static void write(TeamScoreCardInput input, OutputStream out) throws IOException {
        JsonScoreCard.JSON.writeValue(out, document(input));
    }

    static Map<String, Object> document(TeamScoreCardInput input) {
        TeamEvaluation team = input.team();
        Questionnaire questionnaire = team.questionnaire();
        String language = input.language();
        TeamWords words = new TeamWords(questionnaire, language);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", FORMAT_VERSION);
        document.put("kind", "team");
        document.put("generatedAt", input.generatedAt());
        document.put("language", language);
        document.put("organisation", input.organisation());
        document.put("questionnaire", JsonScoreCard.questionnaire(questionnaire, language));
        document.put("respondents", team.respondents().stream().map(respondent -> map("id", respondent.id(),
                "role", respondent.roleId(), "roleLabel", words.role(respondent.roleId()), "name", respondent.name()))
                .toList());
        document.put("overall", map("score", team.evaluation().score().overall(),
                "band", JsonScoreCard.band(team.evaluation().score().overallBand(), language)));
        document.put("areas", areas(team, language));
        document.put("roleByArea", team.roleByArea().entrySet().stream().map(row -> map("role", row.getKey(),
                "roleLabel", words.role(row.getKey()), "scores", row.getValue())).toList());
        document.put("disagreements", team.disagreements().stream().map(each -> disagreement(each, words, language))
                .toList());
        document.put("profileDifferences", team.profileDifferences().stream()
                .map(each -> profileDifference(each, words)).toList());
        JsonScoreCard.putRecommendation(document, team.evaluation(), language);
        document.put("answers", team.questions().stream().filter(question -> !question.byRespondent().isEmpty())
                .map(question -> answers(team, question, words, language)).toList());
        return document;
    }

    private static List<Object> areas(TeamEvaluation team, String language) {
        List<Object> areas = new ArrayList<>();
        for (AreaScore area : team.evaluation().score().areas()) {
            AreaSpread spread = team.area(area.areaId()).orElseThrow();
            areas.add(map("id", area.areaId(),
                    "title", team.questionnaire().area(area.areaId()).orElseThrow().title().in(language),
                    "weight", area.weight(), "score", area.score(), "band", JsonScoreCard.band(area.band(), language),
                    "earned", area.earned(), "reachable", area.reachable(),
                    "spread", map("lowest", spread.lowest(), "highest", spread.highest()),
                    "respondents", spread.byRespondent().entrySet().stream()
                            .map(each -> map("respondent", each.getKey(), "score", each.getValue())).toList()));
        }
        return areas;
    }

    private static Map<String, Object> disagreement(Disagreement disagreement, TeamWords words, String language) {
        MergedQuestion question = disagreement.question();
        return map("question", question.question().id(), "text", question.question().text().in(language),
                "spread", question.spread(), "range", question.team().reachable(),
                "pointsAtStake", Math.round(disagreement.pointsAtStake() * 100) / 100.0,
                "summary", words.whoAnsweredWhat(question.question(), question.groups()),
                "answers", groups(question.question(), question.groups(), words));
    }

    private static Map<String, Object> profileDifference(ProfileDifference difference, TeamWords words) {
        return map("question", difference.question().id(),
                "profile", difference.groups().get(0).answer() == null ? null
                        : AnswerJson.write(difference.groups().get(0).answer()),
                "answers", groups(difference.question(), difference.groups().subList(1, difference.groups().size()),
                        words));
    }

    private static List<Map<String, Object>> groups(Question question, List<AnswerGroup> groups, TeamWords words) {
        return groups.stream().map(group -> map("answer", group.answer() == null ? null : AnswerJson.write(group.answer()),
                "answerText", words.answer(question, group), "points", group.points(),
                "respondents", group.respondents().stream().map(Respondent::id).toList())).toList();
    }

    private static Map<String, Object> answers(TeamEvaluation team, MergedQuestion question, TeamWords words,
                                               String language) {
        List<Object> byRespondent = new ArrayList<>();
        for (Respondent respondent : team.respondents()) {
            QuestionScore score = question.byRespondent().get(respondent.id());
            byRespondent.add(map("respondent", respondent.id(),
                    "status", score.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "answer", score.answer() == null ? null : AnswerJson.write(score.answer()),
                    "answerText", score.status() == QuestionScore.Status.HIDDEN ? null
                            : words.answer(question.question(), new AnswerGroup(score.answer(), null, List.of())),
                    "earned", score.earned(), "reachable", score.reachable()));
        }
        return map("question", question.question().id(), "text", question.question().text().in(language),
                "area", question.question().area(),
                "team", map("earned", question.team().earned(), "reachable", question.team().reachable()),
                "spread", question.spread(), "byRespondent", byRespondent);
    }
}
