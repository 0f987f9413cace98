package org.readiness.scorecard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One row per question, then summary rows: RFC 4180 (CRLF, quotes), UTF-8 with a byte order mark so spreadsheet
 * programs read å, ä, ö, and every cell that a spreadsheet would run as a formula neutralised.
 */
final class CsvScoreCard {

    private CsvScoreCard() {
    }

    static void write(ScoreCardInput input, OutputStream out) throws IOException {
        Labels labels = Labels.of(input.language());
        Evaluation evaluation = input.evaluation();
        Questionnaire questionnaire = evaluation.questionnaire();
        String language = input.language();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.step"), labels.get("scorecard.csv.question-id"),
                labels.get("scorecard.csv.question"), labels.get("scorecard.csv.answer"), labels.get("scorecard.csv.points"),
                labels.get("scorecard.csv.reachable"), labels.get("scorecard.csv.area"), labels.get("scorecard.csv.note")));
        for (ScoreCardContent.Row row : ScoreCardContent.rows(input)) {
            csv.printRecord(SpreadsheetSafe.cells(row.step().title().in(language), row.question().id(),
                    row.question().text().in(language), row.answerText(),
                    ScoreCardContent.points(row.score().earned()), ScoreCardContent.points(row.score().reachable()),
                    row.question().area() == null ? "" : row.question().area(), row.note()));
        }
        csv.println();
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), "overall", labels.get("scorecard.csv.overall"),
                evaluation.score().overallBand() == null ? "" : evaluation.score().overallBand().label().in(language),
                score(evaluation.score().overall()), "100", "", input.organisation() == null ? "" : input.organisation()));
        for (AreaScore area : evaluation.score().areas()) {
            csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), area.areaId(),
                    questionnaire.area(area.areaId()).orElseThrow().title().in(language),
                    area.band() == null ? "" : area.band().label().in(language), score(area.score()), "100",
                    area.areaId(), ""));
        }
        String structure = evaluation.recommendation().structure().id();
        csv.printRecord(SpreadsheetSafe.cells(labels.get("scorecard.csv.summary"), "structure", labels.get("scorecard.csv.structure"),
                questionnaire.structure().name(evaluation.recommendation().structure(), language, labels::get), structure, "", "", ""));
        csv.flush();
    }

    private static String score(Integer score) {
        return score == null ? "" : String.valueOf(score);
    }
}
