package org.readiness.recommendation;

import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

/** Everything the result page and the score card say about a set of answers. */
public record Evaluation(Questionnaire questionnaire, Answers answers, Score score, Recommendation recommendation) {

    public static Evaluation of(Questionnaire questionnaire, Answers answers) {
        Score score = Scorer.score(questionnaire, answers);
        return new Evaluation(questionnaire, answers, score, Recommender.recommend(questionnaire, answers, score));
    }
}
