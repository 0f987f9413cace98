package org.readiness.bench;

import io.gatling.app.Gatling$;
import org.readiness.bench.load.LoadRecorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs one Gatling simulation in this JVM and reads its request counts back from the report. */
final class GatlingRun {

    private static final Pattern COUNTS = Pattern.compile(
            "\"numberOfRequests\":\\s*\\{\\s*\"total\":\\s*\"(\\d+)\",\\s*\"ok\":\\s*\"(\\d+)\",\\s*\"ko\":\\s*\"(\\d+)\"");
    /** Gatling's third percentile is the 95th (gatling.conf's default 50, 75, 95, 99); the first is all requests'. */
    private static final Pattern P95 = Pattern.compile("\"percentiles3\":\\s*\\{\\s*\"total\":\\s*\"(\\d+)\"");

    /** Gatling's own statistics over all requests of a run; the 95th percentile of the response times in ms. */
    record Counts(long total, long ok, long ko, long p95Millis) {
    }

    private GatlingRun() {
    }

    static Counts run(Class<?> simulation, String url, Map<String, String> properties, Path results)
            throws IOException {
        LoadRecorder.reset();
        // A request that waits this long has failed for a user; Gatling's default of 60 s only slows the harness.
        System.setProperty("gatling.http.requestTimeout", "30000");
        System.setProperty("bench.url", url);
        properties.forEach(System::setProperty);
        Files.createDirectories(results);
        int status = Gatling$.MODULE$.fromArgs(new String[] {"-s", simulation.getName(), "-rf", results.toString(),
                "-rd", properties.toString()});
        properties.keySet().forEach(System::clearProperty);
        Path stats = newestRun(results).resolve("js/stats.js");
        String statistics = Files.readString(stats);
        Matcher counts = COUNTS.matcher(statistics);
        Matcher p95 = P95.matcher(statistics);
        if (status != 0 || !counts.find()) {
            throw new IllegalStateException("Gatling run of " + simulation.getSimpleName() + " failed (status " + status
                    + "); see " + stats.getParent().getParent());
        }
        return new Counts(Long.parseLong(counts.group(1)), Long.parseLong(counts.group(2)),
                Long.parseLong(counts.group(3)), p95.find() ? Long.parseLong(p95.group(1)) : -1);
    }

    private static Path newestRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparingLong(path -> path.toFile().lastModified()))
                    .orElseThrow();
        }
    }
}
