package org.readiness.team;

/** Why a team could not do what was asked; the page words each kind in the user's language. */
public class TeamProblem extends RuntimeException {

    public enum Kind { UNKNOWN_ROLE, NAME_TOO_LONG, EMAIL_INVALID, LOCKED }

    private final Kind kind;

    public TeamProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
