package org.readiness;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files an operator gets (Dockerfile, deploy/) agree with the app: the probes it answers, its
 * shutdown time, its start-up archive. Docker and Kubernetes cannot run here; FailoverIT runs deploy/nginx.conf.
 */
class DeploymentFilesTest {

    @Test
    void the_kubernetes_example_runs_two_probed_replicas_with_cookie_affinity_and_time_to_shut_down_gracefully()
            throws IOException {
        Map<String, Map<String, Object>> byKind = new java.util.HashMap<>();
        for (Object document : new Yaml().loadAll(Files.readString(Path.of("deploy", "kubernetes.yaml")))) {
            if (document != null) {
                Map<String, Object> resource = cast(document);
                byKind.put((String) resource.get("kind"), resource);
            }
        }
        Map<String, Object> spec = cast(byKind.get("Deployment").get("spec"));
        Map<String, Object> pod = cast(cast(spec.get("template")).get("spec"));
        Map<String, Object> container = cast(((List<?>) pod.get("containers")).get(0));

        assertThat(spec.get("replicas")).isEqualTo(2);
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/health/ready");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/health/live");
        List<?> preStop = (List<?>) cast(cast(cast(container.get("lifecycle")).get("preStop")).get("exec")).get("command");
        int drain = Integer.parseInt(String.valueOf(preStop.get(1)));
        int shutdown = Integer.parseInt(appSetting("spring.lifecycle.timeout-per-shutdown-phase").replace("s", ""));
        assertThat(appSetting("server.shutdown")).isEqualTo("graceful");
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(drain + shutdown);
        assertThat(cast(cast(byKind.get("Ingress").get("metadata")).get("annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }

    @Test
    void the_image_is_layered_runs_as_no_root_checks_readiness_and_starts_from_a_class_data_archive()
            throws IOException {
        List<String> lines = dockerfileInstructions();

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("RUN java -Djarmode=tools")
                .contains("extract --layers"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("USER ").doesNotContain("root")
                .doesNotEndWith(" 0"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("HEALTHCHECK").contains("/health/ready"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("-XX:ArchiveClassesAtExit=application.jsa",
                "-Dspring.context.exit=onRefresh"));
        assertThat(lines.get(lines.size() - 1)).startsWith("ENTRYPOINT [")
                .contains("-XX:SharedArchiveFile=application.jsa");
    }

    @Test
    void an_out_of_memory_error_ends_the_process_in_the_image_the_kubernetes_example_and_the_readmes_command()
            throws IOException {
        List<String> lines = dockerfileInstructions();
        String kubernetes = Files.readString(Path.of("deploy", "kubernetes.yaml"));
        String readme = Files.readString(Path.of("README.md"));

        assertThat(lines.get(lines.size() - 1)).startsWith("ENTRYPOINT [").contains("\"-XX:+ExitOnOutOfMemoryError\"");
        assertThat(kubernetes)
                .containsPattern("name: JAVA_TOOL_OPTIONS\\s+value: [^\\n]*-XX:\\+ExitOnOutOfMemoryError");
        assertThat(readme).containsPattern("java -XX:\\+ExitOnOutOfMemoryError -jar target/commerce-readiness-");
    }

    @Test
    void the_nginx_config_routes_by_the_session_cookie_and_passes_websockets_on() throws IOException {
        String config = Files.readString(Path.of("deploy", "nginx.conf"));

        assertThat(config).contains("map $cookie_JSESSIONID", "proxy_set_header Upgrade $http_upgrade",
                "${READINESS_LISTEN}", "${READINESS_INSTANCE_A}", "${READINESS_INSTANCE_B}");
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> dockerfileInstructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            current.append(line.strip().replaceAll("\\\\$", "")).append(' ');
            if (!line.endsWith("\\")) {
                instructions.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) cast(cast(container.get(probe)).get("httpGet")).get("path");
    }

    private static String appSetting(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
