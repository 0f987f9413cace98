package org.readiness.consultant;

import me.gosimple.nbvcxz.Nbvcxz;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters, at most 72 bytes in UTF-8 (bcrypt ignores the rest), and hard to
 * guess: nbvcxz, an estimator on zxcvbn's method, must put it at 100 million guesses or more (zxcvbn's "safely
 * unguessable" bar), which refuses repeated characters, keyboard rows, sequences, dates and common passwords and
 * words, however long. The estimator's dictionaries take about 20 MB of heap once first used.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final double MIN_GUESSES = 1e8;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it may be used. */
    public static Optional<AccountProblem.Kind> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(AccountProblem.Kind.SHORT_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(AccountProblem.Kind.PASSWORD_TOO_LONG);
        }
        if (Estimator.INSTANCE.estimate(password).getGuesses().doubleValue() < MIN_GUESSES) {
            return Optional.of(AccountProblem.Kind.WEAK_PASSWORD);
        }
        return Optional.empty();
    }

    /** Loaded on first use, not at start-up. */
    private static final class Estimator {
        static final Nbvcxz INSTANCE = new Nbvcxz();
    }
}
