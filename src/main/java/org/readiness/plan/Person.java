package org.readiness.plan;

import org.jspecify.annotations.Nullable;

/** Someone a plan names (a column of its RACI matrix), with the questionnaire role they hold, if any. */
public record Person(long id, String name, @Nullable String roleId) {
}
