package org.readiness.assessment;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Several assessments read together, in one query, as a team's page reads its respondents' answers. */
@Service
public class AssessmentBatch {

    private final AssessmentBatchRepository repository;
    private final AssessmentLoader loader;

    AssessmentBatch(AssessmentBatchRepository repository, AssessmentLoader loader) {
        this.repository = repository;
        this.loader = loader;
    }

    /** The assessments as stored, without consultants' notes; those not found (deleted) are missing from the map. */
    public Map<Long, OpenAssessment> open(Collection<Long> ids) {
        Map<Long, OpenAssessment> found = new LinkedHashMap<>();
        repository.withAnswers(ids).forEach((record, answers) ->
                found.put(record.id(), loader.loadWithoutNotes(record, answers)));
        return found;
    }
}
