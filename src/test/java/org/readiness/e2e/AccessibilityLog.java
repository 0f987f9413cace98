package org.readiness.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes axe's findings per page to target/screenshots/axe.txt, for the record. */
final class AccessibilityLog {

    private static boolean started;

    private AccessibilityLog() {
    }

    static synchronized void record(String page, int violations, int passes) {
        try {
            Path file = E2eTest.SCREENSHOTS.resolve("axe.txt");
            Files.createDirectories(file.getParent());
            if (!started) {
                Files.deleteIfExists(file);
                started = true;
            }
            Files.writeString(file, page + ": " + violations + " violations of minor/moderate impact at most, "
                    + passes + " rules passed\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
