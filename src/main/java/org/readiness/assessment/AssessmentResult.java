package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.recommendation.Evaluation;
import org.readiness.result.Shown;
import org.readiness.scoring.AreaScore;

import java.util.LinkedHashMap;
import java.util.Map;

/** A stored assessment and what its stored answers evaluate to: the one source of every result shown. */
public record AssessmentResult(OpenAssessment assessment, Evaluation evaluation) {

    /** The same result for another organisation's name, such as one typed but not stored yet. */
    public AssessmentResult withOrganisation(@Nullable String name) {
        return new AssessmentResult(assessment.withOrganisation(name), evaluation);
    }

    /** The overall score as it may be shown: none while required questions are open. */
    public Shown overall() {
        return Shown.overall(evaluation, evaluation.openRequired());
    }

    /** The areas' scores that may be shown, by area id: none for an area with required questions open. */
    public Map<String, Integer> shownAreas() {
        var open = evaluation.openRequired();
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (AreaScore area : evaluation.score().areas()) {
            Shown score = Shown.area(area, open);
            if (score.isScored()) {
                shown.put(area.areaId(), score.score());
            }
        }
        return shown;
    }
}
