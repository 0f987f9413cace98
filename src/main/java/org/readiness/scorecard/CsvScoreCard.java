package org.readiness.scorecard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.result.AnswerRow;
import org.readiness.result.Figure;
import org.readiness.result.OpenQuestion;
import org.readiness.result.Result;
import org.readiness.words.Words;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One row per answer (for a team one per respondent and question), then summary rows, each value in the column
 * that names it: the organisation, the overall score and band, each area's, the structure and any question still
 * open. RFC 4180 (CRLF, quotes), UTF-8 with a byte order mark so spreadsheet programs read å, ä, ö, and every cell
 * that a spreadsheet would run as a formula neutralised.
 */
final class CsvScoreCard {

    enum Column { STEP, QUESTION_ID, QUESTION, RESPONDENT, ROLE, ANSWER, POINTS, REACHABLE, AREA, NOTE }

    private static final List<Column> SINGLE = List.of(Column.STEP, Column.QUESTION_ID, Column.QUESTION,
            Column.ANSWER, Column.POINTS, Column.REACHABLE, Column.AREA, Column.NOTE);
    private static final List<Column> TEAM = List.of(Column.STEP, Column.QUESTION_ID, Column.QUESTION,
            Column.RESPONDENT, Column.ROLE, Column.ANSWER, Column.POINTS, Column.REACHABLE, Column.AREA);

    private final Result result;
    private final Words words;
    private final List<Column> columns;
    private final CSVPrinter csv;

    private CsvScoreCard(Result result, CSVPrinter csv) {
        this.result = result;
        this.words = result.words();
        this.columns = result.isTeam() ? TEAM : SINGLE;
        this.csv = csv;
    }

    static void write(Result result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        CsvScoreCard card = new CsvScoreCard(result, csv);
        card.header();
        card.answers();
        csv.println();
        card.summary();
        csv.flush();
    }

    private void header() throws IOException {
        print(row -> columns.forEach(column -> row.put(column,
                words.get("scorecard.csv." + column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))));
    }

    private void answers() throws IOException {
        if (result.isTeam()) {
            profile();
        }
        for (AnswerRow answer : result.answers()) {
            print(row -> {
                row.put(Column.STEP, answer.stepTitle());
                row.put(Column.QUESTION_ID, answer.questionId());
                row.put(Column.QUESTION, answer.questionText());
                if (answer.respondent() != null) {
                    row.put(Column.RESPONDENT, answer.respondent().label());
                    row.put(Column.ROLE, answer.respondent().roleId());
                }
                row.put(Column.ANSWER, answer.answerText());
                row.put(Column.POINTS, words.number(answer.earned()));
                row.put(Column.REACHABLE, words.number(answer.reachable()));
                row.put(Column.AREA, answer.areaId() == null ? "" : answer.areaId());
                row.put(Column.NOTE, answer.note());
            });
        }
    }

    /** A team's company profile, answered once for the whole team. */
    private void profile() throws IOException {
        var answers = result.evaluation().answers();
        for (Step step : result.questionnaire().steps()) {
            if (!step.profile()) {
                continue;
            }
            for (Question question : step.questions()) {
                var given = answers.get(question.id());
                if (given.isPresent()) {
                    print(row -> {
                        row.put(Column.STEP, step.title().in(result.language()));
                        row.put(Column.QUESTION_ID, question.id());
                        row.put(Column.QUESTION, question.text().in(result.language()));
                        row.put(Column.RESPONDENT, words.get("team.result.team"));
                        row.put(Column.ANSWER, AnswerWords.of(question, given.get(), words));
                    });
                }
            }
        }
    }

    private void summary() throws IOException {
        if (result.heading().organisation() != null) {
            summaryRow("organisation", words.get("scorecard.organisation"), result.heading().organisation(), null);
        }
        summaryRow(Figure.OVERALL, words.get("scorecard.csv.overall"), result.overall().label(), result.overall());
        for (Figure area : result.areas()) {
            summaryRow(area.id(), area.title(), area.label(), area);
        }
        summaryRow("structure", words.get("scorecard.csv.structure"), result.recommended().structureName(), null);
        for (OpenQuestion open : result.open()) {
            summaryRow("open", words.get("result.incomplete"), open.text(), null);
        }
    }

    private void summaryRow(String id, String label, String value, Figure figure) throws IOException {
        print(row -> {
            row.put(Column.STEP, words.get("scorecard.csv.summary"));
            row.put(Column.QUESTION_ID, id);
            row.put(Column.QUESTION, label);
            row.put(Column.ANSWER, value);
            if (figure != null) {
                row.put(Column.POINTS, figure.score() == null ? "" : String.valueOf(figure.score()));
                row.put(Column.REACHABLE, "100");
                row.put(Column.AREA, Figure.OVERALL.equals(id) ? "" : id);
            }
        });
    }

    private interface RowFiller {
        void fill(Cells row);
    }

    private void print(RowFiller filler) throws IOException {
        Cells cells = new Cells();
        filler.fill(cells);
        csv.printRecord(SpreadsheetSafe.cells(cells.values));
    }

    /** One row's cells, each put in its column. */
    private final class Cells {
        final String[] values = new String[columns.size()];

        Cells() {
            Arrays.fill(values, "");
        }

        void put(Column column, String value) {
            int index = columns.indexOf(column);
            if (index >= 0) {
                values[index] = value == null ? "" : value;
            }
        }
    }
}
