package org.readiness.consultant;

import java.time.Instant;

/** A consultant's or an administrator's account, without its password. */
public record Account(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
