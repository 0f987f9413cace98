package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.ScoreCardInput;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates stored assessments. The result page, the score card downloads and the API all ask here, so they show
 * the same numbers and the same notes for one assessment; reading changes nothing.
 */
@Service
public class AssessmentResults {

    private final AssessmentService assessments;
    private final Clock clock;

    AssessmentResults(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
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

    /** What the score card of a stored assessment shows, made now, with the notes the result carries. */
    public ScoreCardInput scoreCard(AssessmentResult result, String language) {
        OpenAssessment assessment = result.assessment();
        return new ScoreCardInput(result.evaluation(), language, assessment.organisation(), assessment.notes(),
                assessment.createdAt(), assessment.updatedAt(), clock.instant());
    }

    /** The score card of answers that were never stored (the stateless API). */
    public ScoreCardInput scoreCard(Evaluation evaluation, String language, @Nullable String organisation) {
        return new ScoreCardInput(evaluation, language, organisation, Map.of(), null, null, clock.instant());
    }

    /** Whether a consultant's notes go with the result. */
    public enum Notes { INCLUDED, LEFT_OUT }
}
