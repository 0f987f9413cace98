package org.readiness.consultant;

import java.time.Instant;

/**
 * A consultant's or an administrator's account, without its password. {@code author}: an administrator let the
 * consultant write questionnaires in the studio (administrators always may).
 */
public record Account(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
                      boolean author) {

    /** The Spring Security role that opens the questionnaire studio besides ADMIN. */
    public static final String AUTHOR_ROLE = "AUTHOR";

    /** The roles a session of this account holds: its own, and "AUTHOR" when it may write questionnaires. */
    public java.util.List<String> roleNames() {
        return author && role != Role.ADMIN ? java.util.List.of(role.name(), AUTHOR_ROLE) : java.util.List.of(role.name());
    }
}
