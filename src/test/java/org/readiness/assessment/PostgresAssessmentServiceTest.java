package org.readiness.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Assessment storage on a real PostgreSQL, whose URL comes from {@code READINESS_TEST_POSTGRES_URL}
 * ({@code .ci/run} starts one). Without it these tests are skipped, and {@link PostgresTests} says so loudly.
 */
@SpringBootTest
@PostgresTests.Required
class PostgresAssessmentServiceTest extends AssessmentServiceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTests.register(registry);
    }
}
