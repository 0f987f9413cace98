package org.readiness.scorecard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One row per assessment, for a consultant's own analysis; the same safety rules as the score card's CSV. */
public final class AssessmentsCsv {

    private AssessmentsCsv() {
    }

    public record Row(String client, long assessment, String state, Instant createdAt, @Nullable Instant finishedAt,
                      String questionnaire, String version, @Nullable Integer overall, Map<String, Integer> areas,
                      String structure) {
    }

    public static void write(List<Row> rows, OutputStream out) throws IOException {
        List<String> areas = new ArrayList<>(new TreeSet<>(rows.stream().flatMap(row -> row.areas().keySet().stream())
                .toList()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(List.of("client", "assessment", "state", "created_at", "finished_at",
                "questionnaire", "version", "overall"));
        areas.forEach(area -> header.add("area_" + area));
        header.add("structure");
        csv.printRecord(header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.client(), String.valueOf(row.assessment()), row.state(),
                    String.valueOf(row.createdAt()), row.finishedAt() == null ? "" : String.valueOf(row.finishedAt()),
                    row.questionnaire(), row.version(), row.overall() == null ? "" : String.valueOf(row.overall())));
            areas.forEach(area -> cells.add(row.areas().containsKey(area) ? String.valueOf(row.areas().get(area)) : ""));
            cells.add(row.structure());
            csv.printRecord(SpreadsheetSafe.cells(cells.toArray(String[]::new)));
        }
        csv.flush();
    }
}
