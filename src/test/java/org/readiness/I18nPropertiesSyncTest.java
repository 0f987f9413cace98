package org.readiness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Swedish must carry the same keys, so no page ever shows a missing text (as spring-petclinic does). */
class I18nPropertiesSyncTest {

    /** Each bundle by its base name; the score card's words are in the app's own bundle. */
    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations"})
    void the_swedish_translations_have_exactly_the_english_keys(String bundle) throws IOException {
        Set<String> english = keys(bundle + ".properties");
        Set<String> swedish = keys(bundle + "_sv.properties");

        assertThat(difference(english, swedish)).as(bundle + ": keys missing in Swedish").isEmpty();
        assertThat(difference(swedish, english)).as(bundle + ": keys missing in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations"})
    void no_translation_is_blank(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_sv.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as(file)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> missing = new TreeSet<>(a);
        missing.removeAll(b);
        return missing;
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
