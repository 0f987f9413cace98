package org.readiness.scorecard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.readiness.merge.AnswerGroup;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A team's card for spreadsheets: one row per respondent and question, then the team's summary rows; the same
 * encoding and formula guard as one respondent's card.
 */
final class TeamCsvScoreCard {

    private TeamCsvScoreCard() {
    }

    static void write(TeamScoreCardInput input, OutputStream out) throws IOException {
        TeamEvaluation team = input.team();
        Questionnaire questionnaire = team.questionnaire();
        String language = input.language();
        Labels labels = Labels.of(language);
        TeamWords words = new TeamWords(questionnaire, language);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.step"), labels.get("scorecard.csv.question-id"),
                labels.get("scorecard.csv.question"), labels.get("scorecard.csv.respondent"),
                labels.get("scorecard.csv.role"), labels.get("scorecard.csv.answer"), labels.get("scorecard.csv.points"),
                labels.get("scorecard.csv.reachable"), labels.get("scorecard.csv.area")));
        for (MergedQuestion question : team.questions()) {
            for (Respondent respondent : team.respondents()) {
                QuestionScore score = question.byRespondent().get(respondent.id());
                if (score == null || score.status() == QuestionScore.Status.HIDDEN) {
                    continue;
                }
                csv.printRecord(SpreadsheetSafe.cells(questionnaire.stepOf(question.question()).title().in(language),
                        question.question().id(), question.question().text().in(language), words.name(respondent),
                        respondent.roleId(), words.answer(question.question(),
                                new AnswerGroup(score.answer(), null, List.of(respondent))),
                        ScoreCardContent.points(score.earned()), ScoreCardContent.points(score.reachable()),
                        question.question().area() == null ? "" : question.question().area()));
            }
        }
        csv.println();
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), "overall",
                labels.get("scorecard.csv.overall"), labels.get("team.result.team"),
                "", score(team.evaluation().score().overall()), "100", "",
                input.organisation() == null ? "" : input.organisation()));
        for (AreaScore area : team.evaluation().score().areas()) {
            csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), area.areaId(),
                    questionnaire.area(area.areaId()).orElseThrow().title().in(language), labels.get("team.result.team"),
                    "", score(area.score()), "100", area.areaId(), ""));
        }
        String structure = team.evaluation().recommendation().structure().id();
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), "structure",
                labels.get("scorecard.csv.structure"), labels.get("result.structure." + structure), structure, "", "",
                "", ""));
        csv.flush();
    }

    private static String score(Integer score) {
        return score == null ? "" : String.valueOf(score);
    }
}
