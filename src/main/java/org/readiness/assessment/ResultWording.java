package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.merge.TeamEvaluation;
import org.readiness.recommendation.Evaluation;
import org.readiness.result.Result;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Words results as of now, in the reader's language and the app's time zone: of stored assessments (through
 * {@link AssessmentResults}), of answers that were never stored (the stateless API), and of a team's merge.
 */
@Component
public class ResultWording {

    private final Clock clock;

    public ResultWording(Clock clock) {
        this.clock = clock;
    }

    /** The result of answers that were never stored. */
    public Result of(Evaluation evaluation, String language, @Nullable String organisation) {
        return Results.of(evaluation, ResultDetails.unstored(organisation, clock.instant(), clock.getZone()),
                Words.in(language));
    }

    /** A team's merged result. */
    public Result ofTeam(TeamEvaluation team, String language, @Nullable String organisation) {
        return Results.ofTeam(team, ResultDetails.unstored(organisation, clock.instant(), clock.getZone()),
                Words.in(language));
    }

    /** A stored assessment's result, with its dates and the notes it carries. */
    Result of(AssessmentResult result, String language) {
        OpenAssessment assessment = result.assessment();
        return Results.of(result.evaluation(), new ResultDetails(assessment.organisation(), assessment.notes(),
                assessment.createdAt(), assessment.updatedAt(), clock.instant(), clock.getZone()), Words.in(language));
    }
}
