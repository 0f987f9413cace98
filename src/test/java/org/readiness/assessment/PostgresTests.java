package org.readiness.assessment;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

/**
 * Where the PostgreSQL tests find their database: {@code READINESS_TEST_POSTGRES_URL}, such as
 * {@code postgresql://user:password@localhost:5432/readiness_test}. When it is not set the tests do not run, and the
 * build output says so plainly instead of passing in silence.
 */
public final class PostgresTests {

    static final String VARIABLE = "READINESS_TEST_POSTGRES_URL";

    private PostgresTests() {
    }

    public static String url() {
        return System.getenv(VARIABLE);
    }

    /** The JDBC settings for {@link #url()}. */
    public static String[] jdbcSettings() {
        URI uri = URI.create(url().replaceFirst("^jdbc:", ""));
        String[] user = uri.getUserInfo() == null ? new String[] {"", ""} : uri.getUserInfo().split(":", 2);
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : 5432)
                + uri.getPath();
        return new String[] {jdbcUrl, user[0], user.length > 1 ? user[1] : ""};
    }

    public static void register(DynamicPropertyRegistry registry) {
        String[] settings = jdbcSettings();
        registry.add("spring.datasource.url", () -> settings[0]);
        registry.add("spring.datasource.username", () -> settings[1]);
        registry.add("spring.datasource.password", () -> settings[2]);
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(WhenConfigured.class)
    public @interface Required {
    }

    public static final class WhenConfigured implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (url() != null && !url().isBlank()) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + VARIABLE);
            }
            String message = "PostgreSQL tests NOT RUN (" + context.getDisplayName() + "): set " + VARIABLE
                    + " to a PostgreSQL database URL to run them; .ci/run does.";
            System.out.println("*** " + message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
