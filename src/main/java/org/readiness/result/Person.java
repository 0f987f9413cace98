package org.readiness.result;

import org.jspecify.annotations.Nullable;

/**
 * A respondent of a team as every output names them: {@code label} is "Technology owner (Anna)", or the role alone
 * when they gave no name.
 */
public record Person(String id, String roleId, String roleLabel, @Nullable String name, String label) {

    /** The id of the team as a whole, whose rows carry the team's merged points. */
    public static final String TEAM = "team";

    public boolean isTeam() {
        return TEAM.equals(id);
    }
}
