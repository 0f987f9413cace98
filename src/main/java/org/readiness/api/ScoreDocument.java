package org.readiness.api;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Score;

import java.util.List;

/** A score as the plan call gives it: overall and per area, each with its band. */
record ScoreDocument(Part overall, List<AreaPart> areas) {

    record Part(Integer score, EvaluationDocument.BandRef band) {
    }

    record AreaPart(String id, Integer score, EvaluationDocument.BandRef band) {
    }

    static ScoreDocument of(Score score, Questionnaire questionnaire, String language) {
        return new ScoreDocument(new Part(score.overall(), EvaluationDocument.BandRef.of(score.overallBand(), language)),
                score.areas().stream().map(area -> new AreaPart(area.areaId(), area.score(),
                        EvaluationDocument.BandRef.of(area.band(), language))).toList());
    }
}
