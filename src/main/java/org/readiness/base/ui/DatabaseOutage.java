package org.readiness.base.ui;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/**
 * Whether an error came from a database that could not be reached, for pages that did not expect one: then the user
 * reads that, and that trying again later will do, instead of "something went wrong".
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean caused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException) {
                return false;
            }
            if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }
}
