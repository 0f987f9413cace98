package org.readiness.consultant.ui;

import org.readiness.assessment.OpenAssessment;
import org.readiness.consultant.ClientAssessment;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.AssessmentsCsv;
import org.readiness.scoring.AreaScore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A consultant's assessments as the CSV of the clients page: one row each, with its scores. */
final class AssessmentsExport {

    private AssessmentsExport() {
    }

    static void write(List<ClientAssessment> assessments, OutputStream out) throws IOException {
        AssessmentsCsv.write(assessments.stream().map(AssessmentsExport::row).toList(), out);
    }

    private static AssessmentsCsv.Row row(ClientAssessment each) {
        OpenAssessment assessment = each.result().assessment();
        Evaluation evaluation = each.result().evaluation();
        Map<String, Integer> areas = new LinkedHashMap<>();
        evaluation.score().areas().stream().filter(AreaScore::isScored)
                .forEach(area -> areas.put(area.areaId(), area.score()));
        return new AssessmentsCsv.Row(each.client().organisation(), assessment.id(),
                assessment.state().name().toLowerCase(Locale.ROOT), assessment.createdAt(), assessment.finishedAt(),
                assessment.questionnaire().id(), assessment.questionnaire().version(), evaluation.score().overall(),
                areas, evaluation.recommendation().structure().id());
    }
}
