package org.readiness.scorecard;

import org.readiness.result.Result;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes a result's score card in any of its formats, one respondent's or a team's alike. */
public final class ScoreCards {

    /** Where the JSON score card's schema lies on the classpath (and is served). */
    public static final String JSON_SCHEMA = "/schemas/scorecard.schema.json";

    private ScoreCards() {
    }

    public static void write(Format format, Result result, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> PdfScoreCard.write(result, out);
            case JSON -> JsonScoreCard.write(result, out);
            case CSV -> CsvScoreCard.write(result, out);
        }
    }

    /** {@code readiness-<organisation>-<date>.<ext>}, {@code readiness-team-...} for a team's. */
    public static String fileName(Format format, Result result) {
        String organisation = result.heading().organisation();
        if (result.isTeam()) {
            organisation = organisation == null ? "team" : "team " + organisation;
        }
        return FileNames.of(format, organisation, result.heading().generatedOn());
    }

    /** The JSON score card as a document, which the API also answers with. */
    public static Map<String, Object> document(Result result) {
        return JsonScoreCard.document(result);
    }
}
