package org.readiness.merge;

import org.readiness.questionnaire.Question;

import java.util.List;

/** A company-profile question that some respondents answered otherwise than the profile the team goes by. */
public record ProfileDifference(Question question, List<AnswerGroup> groups) {

    public ProfileDifference {
        groups = List.copyOf(groups);
    }
}
