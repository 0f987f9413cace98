package org.readiness.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spring Boot's class-data sharing, as README's "Running in production" starts the app: the jar unpacked with
 * {@code -Djarmode=tools extract}, a training run that exits once the context is refreshed
 * ({@code -Dspring.context.exit=onRefresh}) writing the archive, then starts with {@code -XX:SharedArchiveFile}.
 * The app and its twin get the same treatment.
 */
record ClassDataArchive(Path jar, Path archive) {

    static ClassDataArchive train(Path jar, Path folder, Path logs, List<String> appArguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path extracted = folder.resolve("extracted");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force",
                "--destination", extracted.toAbsolutePath().toString()), logs.resolve(folder.getFileName() + "-extract.log"));
        Path unpacked = extracted.resolve(jar.getFileName());
        Path archive = folder.resolve("application.jsa").toAbsolutePath();
        List<String> training = new ArrayList<>(Cpus.pinnedTo(0));
        training.add(java);
        training.addAll(ServerProcess.JVM_FLAGS);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                unpacked.toString(), "--server.port=0"));
        training.addAll(appArguments);
        run(training, logs.resolve(folder.getFileName() + "-training.log"));
        // Fails when the archive does not map for this class path, rather than measuring starts without it.
        List<String> check = new ArrayList<>(List.of(java));
        check.addAll(ServerProcess.JVM_FLAGS);
        check.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", unpacked.toString(), "-version"));
        run(check, logs.resolve(folder.getFileName() + "-check.log"));
        return new ClassDataArchive(unpacked, archive);
    }

    List<String> jvmOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    private static void run(List<String> command, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + "; see " + log);
        }
    }
}
