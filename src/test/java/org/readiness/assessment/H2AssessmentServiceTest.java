package org.readiness.assessment;

import org.springframework.boot.test.context.SpringBootTest;

/** Assessment storage on the embedded H2 database, in file mode as the app runs by default. */
@SpringBootTest
class H2AssessmentServiceTest extends AssessmentServiceContract {
}
