package org.readiness.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Writes a score card in any of its formats. */
public final class ScoreCards {

    private ScoreCards() {
    }

    public static void write(Format format, ScoreCardInput input, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> PdfScoreCard.write(input, out);
            case JSON -> JsonScoreCard.write(input, out);
            case CSV -> CsvScoreCard.write(input, out);
        }
    }

    public static String fileName(Format format, ScoreCardInput input) {
        return FileNames.of(format, input.organisation(), LocalDate.ofInstant(input.generatedAt(), ZoneOffset.UTC));
    }

    /** Where the JSON score card's schema lies on the classpath (and is served). */
    public static final String JSON_SCHEMA = "/schemas/scorecard.schema.json";
}
