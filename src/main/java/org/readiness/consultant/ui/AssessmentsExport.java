package org.readiness.consultant.ui;

import org.readiness.assessment.OpenAssessment;
import org.readiness.consultant.ClientAssessment;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.AssessmentsCsv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

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
        return new AssessmentsCsv.Row(each.client().organisation(), assessment.id(),
                assessment.state().name().toLowerCase(Locale.ROOT), assessment.createdAt(), assessment.finishedAt(),
                assessment.questionnaire().id(), assessment.questionnaire().version(), each.result().overall().score(),
                each.result().shownAreas(), evaluation.recommendation().structure().id());
    }
}
