package org.readiness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run's figures as Markdown, put at the top of docs/benchmarks.md above the runs before it, which stay as the
 * history.
 */
final class Report {

    private static final String RUNS_MARKER = "<!-- runs: the harness adds each new run below this line -->";

    private final List<String> rows = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String heading;

    Report(String heading) {
        this.heading = heading;
    }

    /** A figure measured for both, with the ratio. */
    void compared(String figure, double app, double twin, String unit, String format) {
        String ratio = twin == 0 ? "–" : String.format(Locale.ROOT, "%.2f", app / twin);
        rows.add(String.format(Locale.ROOT, "| %s | " + format + " %s | " + format + " %s | %s |", figure, app, unit,
                twin, unit, ratio));
    }

    /** A figure for the app alone. */
    void single(String figure, String app) {
        rows.add("| " + figure + " | " + app + " | | |");
    }

    void target(String target, String measured, boolean met) {
        targets.add("| " + target + " | " + measured + " | " + (met ? "met" : "**not met**") + " |");
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown() {
        StringBuilder text = new StringBuilder("## ").append(heading).append("\n\n");
        text.append("| figure | app | twin | app / twin |\n| --- | --- | --- | --- |\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append("\n| target | measured | |\n| --- | --- | --- |\n");
        targets.forEach(row -> text.append(row).append('\n'));
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        return text.append('\n').toString();
    }

    void writeInto(Path file) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + RUNS_MARKER + "\n";
        int marker = existing.indexOf(RUNS_MARKER);
        if (marker < 0) {
            existing = existing + "\n" + RUNS_MARKER + "\n";
            marker = existing.indexOf(RUNS_MARKER);
        }
        int after = marker + RUNS_MARKER.length() + 1;
        Files.writeString(file, existing.substring(0, after) + "\n" + markdown() + existing.substring(after));
    }
}
