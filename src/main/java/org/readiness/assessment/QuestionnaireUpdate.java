package org.readiness.assessment;

import java.util.List;

/** A draft moved to a newer version of its questionnaire: the answers to questions that are gone were dropped. */
public record QuestionnaireUpdate(String fromVersion, String toVersion, List<String> droppedQuestionIds) {

    public QuestionnaireUpdate {
        droppedQuestionIds = List.copyOf(droppedQuestionIds);
    }
}
