package org.readiness;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole application contexts stopped and started again on the same database file and questionnaire folder, as a
 * server restart does, with the scoring fixture as the folder's one file, to be edited between starts.
 */
public record RestartedApp(Path data, Path questionnaires) {

    private static final Path FIXTURE = Path.of("src/test/resources/questionnaires/good/scoring-fixture.json");

    /** Puts the scoring fixture in the questionnaire folder. */
    public RestartedApp withFixture() throws IOException {
        Files.copy(FIXTURE, questionnaires.resolve("fixture.json"));
        return this;
    }

    public ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--readiness.data.dir=" + data.toAbsolutePath(),
                        "--readiness.questionnaires.dir=" + questionnaires.toAbsolutePath(),
                        "--vaadin.launch-browser=false");
    }

    /** Changes the fixture as someone editing the file would; {@code from} must be in it. */
    public void editFixture(String from, String to) throws IOException {
        Path file = questionnaires.resolve("fixture.json");
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).contains(from);
        Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
    }
}
