package org.readiness.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.readiness.words.Words;
import org.readiness.scorecard.SpreadsheetSafe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The plan as CSV, one row per action (RFC 4180, UTF-8 with a byte order mark, formulas neutralised). */
public final class PlanCsv {

    private PlanCsv() {
    }

    public static void write(PlanReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        Words words = report.words();
        csv.printRecord(SpreadsheetSafe.cells(words.get("plan.csv.action"), words.get("plan.csv.title"),
                words.get("plan.csv.effort"), words.get("plan.action.owner"), words.get("plan.action.due"),
                words.get("plan.action.status"), words.get("plan.csv.done-at"), words.get("plan.action.notes")));
        for (PlannedAction action : report.plan().actions()) {
            String effort = PlanReport.find(report.questionnaire(), action.actionId())
                    .map(each -> words.get("plan.effort." + each.effortOrDefault().id())).orElse("");
            csv.printRecord(SpreadsheetSafe.cells(action.actionId(), report.title(action.actionId()), effort,
                    report.owner(action), Objects.toString(action.due(), ""), report.status(action.status()),
                    action.doneAt() == null ? "" : report.day(action.doneAt()).toString(), action.notes()));
        }
        csv.flush();
    }
}
