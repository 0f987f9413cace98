package org.readiness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH in a process of its own on both cores (the harness itself is pinned to one), reading the JSON it writes.
 * Warm-up is 24 s: with both cores drawing PDFs the compiler has no core of its own, and two threads' throughput
 * still rose until about 20 s in (3 s of warm-up measured them at 1.1-1.3 times one thread; warm, 1.76 times).
 */
final class JmhRun {

    record Result(String benchmark, String mode, int threads, double score, String unit, double median) {
    }

    private JmhRun() {
    }

    static List<Result> run(String include, String modes, int threads, Path out, boolean quick) throws Exception {
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(Cpus.pinnedTo("0,1"));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.openjdk.jmh.Main", include,
                "-bm", modes, "-t", String.valueOf(threads), "-f", "1",
                "-wi", quick ? "1" : "12", "-w", quick ? "1s" : "2s", "-i", quick ? "2" : "5", "-r", quick ? "1s" : "2s",
                "-tu", "ms", "-jvmArgs", "-Xmx512m", "-rf", "json", "-rff", out.toString()));
        Process jmh = new ProcessBuilder(command).inheritIO().start();
        if (jmh.waitFor() != 0) {
            throw new IllegalStateException("JMH failed: " + String.join(" ", command));
        }
        List<Result> results = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(out.toFile())) {
            JsonNode metric = run.path("primaryMetric");
            String name = run.path("benchmark").asText();
            results.add(new Result(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    run.path("mode").asText(), run.path("threads").asInt(), metric.path("score").asDouble(),
                    metric.path("scoreUnit").asText(), metric.path("scorePercentiles").path("50.0").asDouble()));
        }
        return results;
    }
}
