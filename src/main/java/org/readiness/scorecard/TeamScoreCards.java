package org.readiness.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Writes a team's score card in any of the formats. */
public final class TeamScoreCards {

    private TeamScoreCards() {
    }

    public static void write(Format format, TeamScoreCardInput input, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> TeamPdfScoreCard.write(input, out);
            case JSON -> TeamJsonScoreCard.write(input, out);
            case CSV -> TeamCsvScoreCard.write(input, out);
        }
    }

    /** The JSON card as a document, which the API also answers with. */
    public static java.util.Map<String, Object> document(TeamScoreCardInput input) {
        return TeamJsonScoreCard.document(input);
    }

    /** {@code readiness-team-<organisation>-<date>.<ext>}. */
    public static String fileName(Format format, TeamScoreCardInput input) {
        String organisation = input.organisation() == null ? "team" : "team " + input.organisation();
        return FileNames.of(format, organisation, LocalDate.ofInstant(input.generatedAt(), ZoneOffset.UTC));
    }
}
