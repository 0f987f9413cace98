package org.readiness.consultant;

/** Why an account could not be created or changed; the UI words it in the user's language by kind. */
public class AccountProblem extends RuntimeException {

    public enum Kind {
        INVALID_USERNAME, USERNAME_TAKEN, SHORT_PASSWORD, WEAK_PASSWORD, PASSWORD_TOO_LONG;

        public boolean isAboutThePassword() {
            return this == SHORT_PASSWORD || this == WEAK_PASSWORD || this == PASSWORD_TOO_LONG;
        }
    }

    private final Kind kind;

    public AccountProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
