package org.readiness.result;

import org.jspecify.annotations.Nullable;

/**
 * A respondent of a team as every output names them: {@code label} is "Technology owner (Anna)", or the role alone
 * when they gave no name.
 */
public record Person(String id, String roleId, String roleLabel, @Nullable String name, String label) {
}
