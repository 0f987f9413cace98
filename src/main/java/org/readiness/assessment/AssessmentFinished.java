package org.readiness.assessment;

/** Published when an assessment is finished, after its transaction commits, for pages that show it live. */
public record AssessmentFinished(long assessmentId) {
}
