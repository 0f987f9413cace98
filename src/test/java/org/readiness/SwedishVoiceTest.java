package org.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swedish pages speak with one voice: they say "du" to the user, never "ni" (issue 16.13). Scans the Swedish
 * translations and the Swedish texts of every questionnaire the app serves, and the second one of the tests.
 */
class SwedishVoiceTest {

    /** "ni" and its forms ("er", "era", "ert") as whole words, in any case; Swedish has no other words spelt so. */
    private static final Pattern NI = Pattern.compile("(?iU)(?<!\\w)(ni|er|era|ert|ers|eder)(?!\\w)");
    private static final Path TRANSLATIONS = Path.of("src", "main", "resources", "vaadin-i18n",
            "translations_sv.properties");

    @Test
    void the_scan_finds_every_form_of_ni_and_nothing_else() {
        assertThat(List.of("Vilka säljer ni till?", "Ni får ett resultat", "Ert företag", "om er organisation",
                "era kunder", "Så bör ni organisera er")).allMatch(text -> NI.matcher(text).find());
        assertThat(List.of("Vilka säljer du till?", "Ditt företag", "fler områden", "säljer", "ERP-system",
                "tekniker", "nivå", "Beredskap per område")).noneMatch(text -> NI.matcher(text).find());
    }

    @Test
    void the_swedish_translations_say_du_to_the_user() throws IOException {
        Properties swedish = new Properties();
        try (Reader reader = Files.newBufferedReader(TRANSLATIONS, StandardCharsets.UTF_8)) {
            swedish.load(reader);
        }
        List<String> found = new ArrayList<>();
        swedish.forEach((key, text) -> {
            if (NI.matcher((String) text).find()) {
                found.add(key + " = " + text);
            }
        });
        assertThat(found).as("Swedish translations that say \"ni\" instead of \"du\"").isEmpty();
    }

    @Test
    void the_swedish_texts_of_the_questionnaires_say_du_to_the_user() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> served = Files.list(Path.of("questionnaires"))) {
            served.filter(file -> file.toString().endsWith(".json")).forEach(files::add);
        }
        files.add(Path.of("src", "test", "resources", "questionnaires", "second", "omnichannel-readiness.json"));
        assertThat(files).hasSizeGreaterThan(1);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            collect(new ObjectMapper().readTree(file.toFile()), file + " ", found);
        }
        assertThat(found).as("Swedish questionnaire texts that say \"ni\" instead of \"du\"").isEmpty();
    }

    private static void collect(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            JsonNode swedish = node.get("sv");
            if (swedish != null && swedish.isTextual() && NI.matcher(swedish.asText()).find()) {
                found.add(pointer + ": " + swedish.asText());
            }
            node.fields().forEachRemaining(field -> collect(field.getValue(), pointer + "/" + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
