package org.readiness.assessment.ui;

import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;

import java.util.Optional;

/**
 * Where a resume link leads when its assessment is part of another feature's (a team respondent's answers, say):
 * that feature knows the page, and offers it as a Spring bean, so the resume page needs to know nothing of it.
 */
public interface ResumeElsewhere {

    /** The address to continue at, or empty when the assessment is not this feature's. */
    Optional<String> locationOf(OpenAssessment assessment, ResumeToken token);
}
