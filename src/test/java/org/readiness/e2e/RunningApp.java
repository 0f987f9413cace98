package org.readiness.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (the jar Maven built) started once for all end-to-end tests, on a free port with a
 * fresh database, and stopped when the test JVM ends.
 */
final class RunningApp {

    /** A second questionnaire, written from the format guide alone, which the shared instance serves too. */
    static final Path SECOND_QUESTIONNAIRE = Path.of("src", "test", "resources", "questionnaires", "second",
            "omnichannel-readiness.json");

    static final String ADMIN_PASSWORD = System.getProperty("app.admin.password", "e2e-admin-password");
    private static final List<String> USUAL_HEAP = List.of("-Xmx512m");
    private static RunningApp instance;

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final Path data;

    private RunningApp(Process process, String baseUrl, Path log, Path data) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.data = data;
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = System.getProperty("app.url") != null ? attached(System.getProperty("app.url")) : start();
        }
        return instance;
    }

    /**
     * An app already running (-Dapp.url=http://localhost:PORT/), for looking at pages while writing them; the tests
     * that read its database or stop it need their own.
     */
    static RunningApp attached(String url) {
        return new RunningApp(null, url.endsWith("/") ? url : url + "/", Path.of("target", "attached.log"),
                Path.of("target", "attached-data"));
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** "127.0.0.1:port", as a proxy names it. */
    String hostAndPort() {
        return "127.0.0.1:" + URI.create(baseUrl).getPort();
    }

    /**
     * The app's own database, for a test to read what was stored rather than what a page shows. The shared instance
     * opens it with H2's AUTO_SERVER, which lets a second process in while the app runs.
     */
    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(data), "sa", "");
    }

    private static String jdbcUrl(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath() + "/readiness;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * An instance of its own, on the given data folder and with any further command-line arguments (such as
     * another database), for tests that stop it; {@link #kill()} ends it.
     */
    static RunningApp startOn(Path data, String... arguments) {
        return start(data, List.of(arguments));
    }

    /** The same on a given port, for a test that restarts the app where open pages find it again. */
    static RunningApp startOn(Path data, int port, String... arguments) {
        return start(USUAL_HEAP, data, port, List.of(arguments));
    }

    /** As {@link #startOn}, with these JVM options instead of the usual heap (e.g. a smaller one). */
    static RunningApp startWithJvm(List<String> jvmOptions, Path data, String... arguments) {
        return start(jvmOptions, data, anyFreePort(), List.of(arguments));
    }

    /** The process, for a test that looks into it (its heap) or whether it still runs. */
    Process process() {
        return process;
    }

    /** Ends the process the hard way (SIGKILL on Linux), as a crash or an out-of-memory kill would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private static RunningApp start() {
        try {
            Path data = Files.createTempDirectory("readiness-e2e-data");
            return start(data, List.of("--spring.datasource.url=" + jdbcUrl(data), "--readiness.questionnaires.dir="
                    + questionnaires().toAbsolutePath()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunningApp start(Path data, List<String> arguments) {
        return start(USUAL_HEAP, data, anyFreePort(), arguments);
    }

    private static int anyFreePort() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new IllegalStateException("Could not find a free port", e);
        }
    }

    private static RunningApp start(List<String> jvmOptions, Path data, int port, List<String> arguments) {
        String jar = System.getProperty("app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("End-to-end tests need the packaged jar (system property app.jar, set by "
                    + "failsafe after 'mvn package'); got " + jar);
        }
        try {
            Path log = Path.of("target", "e2e-app-" + port + ".log");
            Files.createDirectories(log.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // As in production: an OutOfMemoryError ends the process (README, "Running in production").
            List<String> command = new ArrayList<>(List.of(java, "-XX:+ExitOnOutOfMemoryError"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar, "--server.port=" + port,
                    "--readiness.data.dir=" + data.toAbsolutePath(), "--readiness.admin.password=" + ADMIN_PASSWORD,
                    "--vaadin.launch-browser=false"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            RunningApp app = new RunningApp(process, "http://localhost:" + port + "/", log, data);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            app.awaitStarted();
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the application", e);
        }
    }

    /** The bundled questionnaires and the second one, in one folder as the app reads them. */
    private static Path questionnaires() throws IOException {
        Path folder = Files.createTempDirectory("readiness-e2e-questionnaires");
        try (var bundled = Files.newDirectoryStream(Path.of("questionnaires"), "*.json")) {
            for (Path file : bundled) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.copy(SECOND_QUESTIONNAIRE, folder.resolve(SECOND_QUESTIONNAIRE.getFileName()));
        return folder;
    }

    private void awaitStarted() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + Files.readString(log));
            }
            try {
                // Ready: migrated, first administrator made, questionnaires read (README, "Probes").
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(Duration.ofMillis(500).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The application did not answer within 120 s; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
