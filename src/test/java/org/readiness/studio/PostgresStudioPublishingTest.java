package org.readiness.studio;

import org.readiness.assessment.PostgresTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drafts and published versions on a real PostgreSQL ({@code READINESS_TEST_POSTGRES_URL}; {@code .ci/run} starts
 * one): every case of {@link StudioPublishingTest}, published versions live in either database.
 */
@PostgresTests.Required
class PostgresStudioPublishingTest extends StudioPublishingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTests.register(registry);
    }
}
