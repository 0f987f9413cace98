package org.readiness.api;

import org.readiness.base.tasks.TaskHealth;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probes for a load balancer, Docker and Kubernetes. Live: the process answers and its repeating tasks still run
 * ({@link TaskHealth}; 503 naming those that stopped, so that the supervisor restarts the app). Ready: it takes
 * traffic (not shutting down), its database answers within a second and its questionnaires are loaded; otherwise
 * 503, and the body says which. A probe creates no session, so probing every few seconds costs no memory.
 */
@RestController
class HealthController {

    private static final int DATABASE_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;
    private final QuestionnaireCatalog catalog;
    private final ApplicationAvailability availability;
    private final TaskHealth tasks;

    HealthController(DataSource dataSource, QuestionnaireCatalog catalog, ApplicationAvailability availability,
                     TaskHealth tasks) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.availability = availability;
        this.tasks = tasks;
    }

    @GetMapping(path = "/health/live", produces = "application/json")
    ResponseEntity<Map<String, Object>> live() {
        List<String> stopped = tasks.stopped();
        return stopped.isEmpty() ? answer(true, Map.of("status", "live"))
                : answer(false, Map.of("status", "not live", "stoppedTasks", stopped));
    }

    @GetMapping(path = "/health/ready", produces = "application/json")
    ResponseEntity<Map<String, Object>> ready() {
        boolean acceptingTraffic = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        boolean questionnaires = catalog.isLoaded() && !catalog.all().isEmpty();
        boolean database = databaseAnswers();
        boolean ready = acceptingTraffic && questionnaires && database;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not ready");
        body.put("acceptingTraffic", acceptingTraffic);
        body.put("database", database ? "up" : "down");
        body.put("questionnaires", catalog.isLoaded() ? catalog.all().size() : "loading");
        return answer(ready, body);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static ResponseEntity<Map<String, Object>> answer(boolean ok, Map<String, Object> body) {
        return ResponseEntity.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
