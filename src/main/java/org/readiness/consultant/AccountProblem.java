package org.readiness.consultant;

/** Why an account could not be created or changed; the UI words it in the user's language by kind. */
public class AccountProblem extends RuntimeException {

    public enum Kind { INVALID_USERNAME, USERNAME_TAKEN, WEAK_PASSWORD }

    private final Kind kind;

    public AccountProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
