package org.readiness.assessment;

public enum AssessmentState {
    /** Being answered; deleted when untouched for the configured number of days. */
    DRAFT,
    /** The result was shown; kept until deleted. */
    FINISHED
}
