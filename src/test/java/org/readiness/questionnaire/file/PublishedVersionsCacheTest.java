package org.readiness.questionnaire.file;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedVersionsCacheTest {

    private static final Path GOOD = Path.of("src/test/resources/questionnaires/good/scoring-fixture.json");

    private final AtomicLong now = new AtomicLong(1);
    private final CountingSource source = new CountingSource();
    private final PublishedVersionsCache cache = new PublishedVersionsCache(now::get);

    @Test
    void look_ups_within_a_second_ask_the_marker_once_and_read_the_versions_once() throws IOException {
        source.publish("2.0.0");
        cache.readFrom(source);

        for (int i = 0; i < 10_000; i++) {
            assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("2.0.0");
        }

        assertThat(source.markers).isEqualTo(1);
        assertThat(source.reads).isEqualTo(1);
    }

    @Test
    void a_version_published_elsewhere_is_served_within_a_second_and_read_only_when_the_marker_changed()
            throws IOException {
        source.publish("2.0.0");
        cache.readFrom(source);
        cache.current();

        source.publish("2.1.0");
        assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("2.0.0");
        now.addAndGet(PublishedVersionsCache.CHECK_EVERY_NANOS);
        assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("2.1.0");
        now.addAndGet(PublishedVersionsCache.CHECK_EVERY_NANOS);
        cache.current();

        assertThat(source.markers).isEqualTo(3);
        assertThat(source.reads).isEqualTo(2);
    }

    @Test
    void a_version_published_on_this_instance_is_served_at_the_next_look_up() throws IOException {
        source.publish("2.0.0");
        cache.readFrom(source);
        cache.current();

        source.publish("3.0.0");
        cache.recheck();

        assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("3.0.0");
    }

    @Test
    void while_the_database_cannot_be_asked_the_versions_last_read_are_served_and_asked_again_a_second_later()
            throws IOException {
        source.publish("2.0.0");
        cache.readFrom(source);
        cache.current();
        source.down = true;
        now.addAndGet(PublishedVersionsCache.CHECK_EVERY_NANOS);

        assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("2.0.0");
        cache.current();
        assertThat(source.markers).isEqualTo(2);

        source.down = false;
        source.publish("2.1.0");
        now.addAndGet(PublishedVersionsCache.CHECK_EVERY_NANOS);
        assertThat(cache.current().newest()).extracting(Questionnaire::version).containsExactly("2.1.0");
    }

    private static final class CountingSource implements PublishedSource {
        int markers;
        int reads;
        boolean down;
        private int published;
        private SourceFile newest;

        void publish(String version) throws IOException {
            String text = Files.readString(GOOD).replaceFirst("\"version\"\\s*:\\s*\"[^\"]*\"",
                    "\"version\": \"" + version + "\"");
            newest = new SourceFile("published " + version, text.getBytes(StandardCharsets.UTF_8));
            published++;
        }

        @Override
        public String marker() {
            markers++;
            if (down) {
                throw new IllegalStateException("the database is away");
            }
            return String.valueOf(published);
        }

        @Override
        public Collection<SourceFile> newest() {
            reads++;
            return List.of(newest);
        }
    }
}
