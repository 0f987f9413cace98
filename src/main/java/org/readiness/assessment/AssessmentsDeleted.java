package org.readiness.assessment;

/** Published once one or more assessments were deleted, for what must follow once the deletion is committed. */
public record AssessmentsDeleted(int count) {
}
