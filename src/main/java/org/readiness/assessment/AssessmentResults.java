package org.readiness.assessment;

import org.readiness.recommendation.Evaluation;
import org.readiness.result.Result;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Evaluates stored assessments and words their results. The result page, the score card downloads, the lists, the
 * comparison and the API all ask here, so they show the same numbers and the same notes for one assessment;
 * reading changes nothing.
 */
@Service
public class AssessmentResults {

    private final AssessmentService assessments;
    private final ResultWording wording;

    AssessmentResults(AssessmentService assessments, ResultWording wording) {
        this.assessments = assessments;
        this.wording = wording;
    }

    /** A stored assessment's result; consultants' notes go with it only where a consultant asks. */
    public Optional<AssessmentResult> of(long assessmentId, Notes notes) {
        return assessments.open(assessmentId)
                .map(assessment -> notes == Notes.INCLUDED ? assessment : assessment.withoutNotes())
                .map(AssessmentResults::evaluate);
    }

    /** The result behind a resume link: its holder is not a consultant, so no notes go with it. */
    public Optional<AssessmentResult> of(ResumeToken token) {
        return assessments.find(token).map(OpenAssessment::withoutNotes).map(AssessmentResults::evaluate);
    }

    /** The result of an assessment as it was loaded, notes and all; the caller decides who sees it. */
    public static AssessmentResult evaluate(OpenAssessment assessment) {
        return new AssessmentResult(assessment, Evaluation.of(assessment.questionnaire(), assessment.answers(),
                assessment.scope()));
    }

    /** A stored assessment's result in a reader's words, made now, with the notes it carries. */
    public Result describe(AssessmentResult result, String language) {
        return wording.of(result, language);
    }

    /** Whether a consultant's notes go with the result. */
    public enum Notes { INCLUDED, LEFT_OUT }
}
