package org.readiness.merge;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;

import java.util.List;

/** The respondents who gave the same answer to a question, and the points it earned (null: it scores nothing). */
public record AnswerGroup(@Nullable Answer answer, @Nullable Double points, List<Respondent> respondents) {

    public AnswerGroup {
        respondents = List.copyOf(respondents);
    }
}
