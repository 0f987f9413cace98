package org.readiness.consultant;

import org.readiness.assessment.AssessmentResult;

/** One of a client's assessments with its result, as the consultant's export lists them. */
public record ClientAssessment(Client client, AssessmentResult result) {
}
