package org.readiness;

import org.junit.jupiter.api.Test;

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
}
