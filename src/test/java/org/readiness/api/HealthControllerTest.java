package org.readiness.api;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.readiness.base.Settings;
import org.readiness.base.tasks.RepeatingTask;
import org.readiness.base.tasks.TaskHealth;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class HealthControllerTest {

    private static final Path QUESTIONNAIRES = Path.of("src/test/resources/questionnaires/good");

    private static final TaskHealth NO_TASKS = new TaskHealth(
            new DefaultListableBeanFactory().getBeanProvider(ScheduledTaskHolder.class),
            new DefaultListableBeanFactory().getBeanProvider(RepeatingTask.class), Clock.systemUTC(),
            Settings.of(Map.of()));

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final QuestionnaireCatalog loaded = catalog();

    @Test
    void ready_when_taking_traffic_with_a_database_that_answers_and_questionnaires_loaded() {
        accepting(ReadinessState.ACCEPTING_TRAFFIC);
        var ready = new HealthController(database(), loaded, availability, NO_TASKS).ready();

        assertThat(ready.getStatusCode().value()).isEqualTo(200);
        assertThat(ready.getBody()).containsEntry("status", "ready").containsEntry("database", "up")
                .containsEntry("questionnaires", 1);
        assertThat(ready.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void not_ready_while_the_questionnaires_are_still_being_read_and_ready_once_they_are() throws Exception {
        accepting(ReadinessState.ACCEPTING_TRAFFIC);
        CountDownLatch filesMayBeRead = new CountDownLatch(1);
        QuestionnaireCatalog reading = QuestionnaireCatalog.readLater(() -> {
            filesMayBeRead.await();
            return QuestionnaireCatalog.filesIn(QUESTIONNAIRES);
        });
        reading.startReading();
        HealthController health = new HealthController(database(), reading, availability, NO_TASKS);

        var whileReading = health.ready();
        filesMayBeRead.countDown();
        reading.all();

        assertThat(whileReading.getStatusCode().value()).isEqualTo(503);
        assertThat(whileReading.getBody()).containsEntry("questionnaires", "loading");
        assertThat(health.ready().getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void not_ready_when_the_database_does_not_answer() {
        accepting(ReadinessState.ACCEPTING_TRAFFIC);
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:tcp://localhost:1/nowhere");

        var ready = new HealthController(unreachable, loaded, availability, NO_TASKS).ready();

        assertThat(ready.getStatusCode().value()).isEqualTo(503);
        assertThat(ready.getBody()).containsEntry("database", "down");
    }

    @Test
    void not_ready_but_still_live_while_shutting_down() {
        accepting(ReadinessState.REFUSING_TRAFFIC);
        HealthController health = new HealthController(database(), loaded, availability, NO_TASKS);

        assertThat(health.ready().getStatusCode().value()).isEqualTo(503);
        assertThat(health.ready().getBody()).containsEntry("acceptingTraffic", false);
        assertThat(health.live().getStatusCode().value()).isEqualTo(200);
    }

    private void accepting(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    private static DataSource database() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:health");
        return memory;
    }

    private static QuestionnaireCatalog catalog() {
        try {
            return QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(QUESTIONNAIRES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
