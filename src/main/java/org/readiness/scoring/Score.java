package org.readiness.scoring;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;

import java.util.List;
import java.util.Optional;

/**
 * The scores of a set of answers: overall (the weighted mean of the scored areas), per area and per question, so
 * every point can be traced to the answer that gave it or missed it.
 */
public record Score(@Nullable Integer overall, @Nullable Band overallBand, List<AreaScore> areas,
                    List<QuestionScore> questions) {

    public Score {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
    }

    public Optional<AreaScore> area(String areaId) {
        return areas.stream().filter(area -> area.areaId().equals(areaId)).findFirst();
    }

    public Optional<QuestionScore> question(String questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }

    public List<QuestionScore> questionsOf(String areaId) {
        return questions.stream().filter(question -> areaId.equals(question.areaId())).toList();
    }
}
