package org.readiness.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every address under {@code /api/} that no call answers, whatever the method: a 404 problem document, where the app's
 * pages would otherwise answer with their HTML and a new session. The API's own calls are matched first, as more
 * specific.
 */
@RestController
class UnknownAddresses {

    @RequestMapping({"/api", "/api/**"})
    void unknown() {
        throw new ApiProblems.UnknownAddress();
    }
}
