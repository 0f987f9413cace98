package org.readiness.assessment;

import org.readiness.recommendation.Evaluation;

/** A stored assessment and what its stored answers evaluate to: the one source of every result shown. */
public record AssessmentResult(OpenAssessment assessment, Evaluation evaluation) {
}
