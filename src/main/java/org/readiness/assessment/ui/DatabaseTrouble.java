package org.readiness.assessment.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Why the database did not do what a page asked, as the page tells the user: it could not be reached (what the user
 * gave stays on the page, to be tried again), or it refused the data itself (trying again would not help). The
 * same line as {@link org.readiness.assessment.AnswerService} draws for answers.
 */
enum DatabaseTrouble {
    UNREACHABLE, REFUSED;

    private static final Logger log = LoggerFactory.getLogger(DatabaseTrouble.class);

    /** {@code e} is a {@link org.springframework.dao.DataAccessException} or a transaction that could not start. */
    static DatabaseTrouble of(NestedRuntimeException e, String what) {
        if (e instanceof DataIntegrityViolationException) {
            log.error("The database refused {}: {}", what, e.getMostSpecificCause().getMessage());
            return REFUSED;
        }
        log.warn("Could not reach the database for {}: {}", what, e.getMostSpecificCause().getMessage());
        return UNREACHABLE;
    }
}
