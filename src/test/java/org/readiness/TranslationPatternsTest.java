package org.readiness;

import org.junit.jupiter.api.Test;
import org.readiness.words.Words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin formats a text that takes values with {@link java.text.MessageFormat}, where a plain apostrophe starts a
 * quoted part and swallows the placeholders after it: such texts use the typographic apostrophe instead.
 */
class TranslationPatternsTest {

    @Test
    void no_text_that_takes_values_holds_a_plain_apostrophe() throws IOException {
        for (String file : new String[] {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_sv.properties"}) {
            Properties properties = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(properties.stringPropertyNames()).as(file).allSatisfy(key -> {
                String text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d+}.*")) {
                    assertThat(text).as(key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void a_count_is_said_in_the_singular_and_the_plural_in_both_languages() {
        assertThat(Words.in("en").get("team.result.deleted", 1))
                .isEqualTo("1 respondent deleted their answers; they are left out.");
        assertThat(Words.in("en").get("team.result.deleted", 3))
                .isEqualTo("3 respondents deleted their answers; they are left out.");
        assertThat(Words.in("sv").get("team.result.deleted", 1))
                .isEqualTo("1 svarande har raderat sina svar och räknas inte.");
        assertThat(Words.in("sv").get("team.result.deleted", 3))
                .isEqualTo("3 svarande har raderat sina svar och räknas inte.");
    }
}
