package org.readiness.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A production jar started for measuring: pinned to core 0 where taskset allows, on a free port, timed from the
 * start of the process to the first 200 on "/". Reads its resident memory from /proc and its live heap with jcmd.
 */
final class ServerProcess implements AutoCloseable {

    /** The same for the app and its twin. */
    static final List<String> JVM_FLAGS = List.of("-Xmx512m", "-Dvaadin.requestTiming=true");
    /** "garbage-first heap total …K, used …K" (G1) or one line per generation (Serial, Parallel). */
    private static final Pattern HEAP_USED = Pattern.compile("(?:heap|generation|gen)\\s+total \\d+K, used (\\d+)K");

    private final Process process;
    private final String url;
    private final long startedNanos;
    private final long startupMillis;

    private ServerProcess(Process process, String url, long startedNanos, long startupMillis) {
        this.process = process;
        this.url = url;
        this.startedNanos = startedNanos;
        this.startupMillis = startupMillis;
    }

    static ServerProcess start(String name, Path jar, Path logs, List<String> appArguments) throws Exception {
        return start(name, jar, List.of(), logs, appArguments);
    }

    /** With JVM options of its own besides {@link #JVM_FLAGS}, such as a class-data archive. */
    static ServerProcess start(String name, Path jar, List<String> jvmOptions, Path logs, List<String> appArguments)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(Cpus.pinnedTo(0));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(appArguments);
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + port + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String url = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not answer within 3 minutes; see " + log);
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        return new ServerProcess(process, url, started, (System.nanoTime() - started) / 1_000_000);
    }

    /** Milliseconds from the start of the process until the path answers 200 (polled from now on). */
    long millisUntilOk(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            int status = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return (System.nanoTime() - startedNanos) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(url + path + " did not answer 200 within 2 minutes");
    }

    String url() {
        return url;
    }

    long startupMillis() {
        return startupMillis;
    }

    boolean alive() {
        return process.isAlive();
    }

    long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** CPU time the process has used (user and system, all threads), from /proc; clock ticks of 10 ms. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Live heap: used heap right after two full collections. */
    long heapAfterFullGcKilobytes() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        long kilobytes = 0;
        boolean found = false;
        while (used.find()) {
            kilobytes += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about used heap: " + info);
        }
        return kilobytes;
    }

    /** jcmd's class histogram (live objects), for finding what a session holds. */
    void saveHistogram(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, jcmd("GC.class_histogram"));
    }

    /** A dump of the live heap, for reading what a session holds object by object (BENCH_HEAP_DUMP=1 in the environment). */
    void dumpHeap(Path file) throws Exception {
        Files.deleteIfExists(file);
        jcmd("GC.heap_dump " + file.toAbsolutePath());
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
