package org.readiness.bench;

import org.readiness.bench.load.LoadRecorder;
import org.readiness.bench.load.PlanCallSimulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stateless plan call under load: Gatling's callers against an app whose Tomcat writes an access log with each
 * request's own time ({@code %{us}T}, microseconds from the first byte read to the last written), so the server time
 * excludes the driver and the network, as Vaadin's request timing does for Next.
 */
final class PlanCall {

    /** Each line: method, path, status, microseconds. */
    static List<String> accessLogArguments(Path directory) {
        return List.of("--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + directory.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=plan-access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.pattern=%m %U %s %{us}T");
    }

    /** Times of the run at that many users. */
    record Times(List<Double> serverMillis, List<Double> clientMillis, GatlingRun.Counts counts) {
    }

    private PlanCall() {
    }

    static Times run(String url, Path accessLogs, int users, int seconds, Path results) throws IOException {
        int before = serverMillis(accessLogs).size();
        GatlingRun.Counts counts = GatlingRun.run(PlanCallSimulation.class, url, Map.of("bench.users",
                String.valueOf(users), "bench.seconds", String.valueOf(seconds)), results);
        List<Double> server = serverMillis(accessLogs);
        return new Times(server.subList(before, server.size()), LoadRecorder.clientTimes("plan"), counts);
    }

    /** The plan calls' server times so far, in milliseconds, in the order they were logged. */
    static List<Double> serverMillis(Path accessLogs) throws IOException {
        List<Double> millis = new ArrayList<>();
        try (Stream<Path> files = Files.list(accessLogs)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("plan-access")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split(" ");
                    if (fields.length == 4 && fields[0].equals("POST") && fields[1].endsWith("/plan")) {
                        millis.add(Long.parseLong(fields[3]) / 1000.0);
                    }
                }
            }
        }
        return millis;
    }
}
