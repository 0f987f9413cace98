package org.readiness.api;

import org.readiness.plan.Projection;
import org.readiness.result.Shown;

import java.util.List;

/**
 * A score as the plan call gives it: overall and per area, each with its band, and its state as the evaluation gives
 * it ("incomplete", without a score, while required questions are open).
 */
record ScoreDocument(Part overall, List<AreaPart> areas) {

    record Part(Integer score, String state, EvaluationDocument.BandRef band) {

        static Part of(Shown shown, String language) {
            return new Part(shown.score(), shown.stateId(), EvaluationDocument.BandRef.of(shown.band(), language));
        }
    }

    record AreaPart(String id, Integer score, String state, EvaluationDocument.BandRef band) {
    }

    static ScoreDocument now(Projection projection, String language) {
        return new ScoreDocument(Part.of(projection.overallNow(), language), projection.now().areas().stream()
                .map(area -> area(area.areaId(), projection.areaNow(area.areaId()), language)).toList());
    }

    static ScoreDocument projected(Projection projection, String language) {
        return new ScoreDocument(Part.of(projection.overallProjected(), language), projection.projected().areas()
                .stream().map(area -> area(area.areaId(), projection.areaProjected(area.areaId()), language)).toList());
    }

    private static AreaPart area(String id, Shown shown, String language) {
        return new AreaPart(id, shown.score(), shown.stateId(), EvaluationDocument.BandRef.of(shown.band(), language));
    }
}
