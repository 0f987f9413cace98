package org.readiness;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A test that stops and starts the whole application on the same database file and questionnaire folder, as a
 * server restart does; the folder starts with the scoring fixture, which a test may edit between starts.
 */
public abstract class RestartingTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path questionnaires;

    @BeforeEach
    void putTheFixtureInTheFolder() throws IOException {
        app().withFixture();
    }

    protected RestartedApp app() {
        return new RestartedApp(dataDir, questionnaires);
    }
}
