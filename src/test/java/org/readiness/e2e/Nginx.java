package org.readiness.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx run by a test with the shipped deploy/nginx.conf, its placeholders filled in: in the foreground,
 * on a free port, with its logs and temporary files in a folder of its own. Checked with {@code nginx -t} first.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("NGINX_PATH", "/usr/sbin/nginx"));
    static final Path CONFIG = Path.of("deploy", "nginx.conf");

    private final Process process;
    private final Path folder;
    private final int port;

    private Nginx(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** nginx in front of instance "a" and instance "b" (the routes their session ids end with). */
    static Nginx inFrontOf(RunningApp a, RunningApp b) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("The failover test needs nginx at " + BINARY + ": install it with "
                    + "'apt-get install -y nginx' (Debian; .ci/run does) or set NGINX_PATH.");
        }
        Path folder = Files.createTempDirectory("readiness-nginx");
        // When the test runs as root, nginx's workers run as "nobody" and must reach their temporary files.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(folder.resolve("logs"));
        Files.createDirectories(folder.resolve("temp"));
        int port = RunningApp.freePort();
        Path config = folder.resolve("nginx.conf");
        Files.writeString(config, Files.readString(CONFIG)
                .replace("${READINESS_LISTEN}", "127.0.0.1:" + port)
                .replace("${READINESS_INSTANCE_A}", a.hostAndPort())
                .replace("${READINESS_INSTANCE_B}", b.hostAndPort()));
        List<String> command = List.of(BINARY.toString(), "-p", folder.toString(), "-c", config.toString(),
                "-g", "daemon off;");
        Process check = new ProcessBuilder(concat(command, "-t")).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0) {
            throw new IllegalStateException("nginx -t refused " + CONFIG + ":\n" + checked);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs").resolve("nginx.out").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Nginx nginx = new Nginx(process, folder, port);
        nginx.awaitProxying();
        return nginx;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** What nginx logged, for a failure message. */
    String errorLog() {
        try {
            return Files.readString(folder.resolve("logs").resolve("error.log"));
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    private void awaitProxying() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + errorLog());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url("health/live")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("nginx did not proxy within 30 s: " + errorLog());
    }

    private static List<String> concat(List<String> command, String argument) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(argument);
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
