package org.readiness.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server on a random port, with small push limits so that a test can reach them; the tests of issue 20
 * (hand-made and oversized requests) share this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readiness.push.max-per-session=2", "readiness.push.max-total=3"})
abstract class ServerUnderAbuse {

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }
}
