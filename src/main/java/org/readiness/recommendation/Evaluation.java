package org.readiness.recommendation;

import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

/** Everything the result page and the score card say about a set of answers. */
public record Evaluation(Questionnaire questionnaire, Answers answers, Score score, Recommendation recommendation) {

    public static Evaluation of(Questionnaire questionnaire, Answers answers) {
        return of(questionnaire, answers, AnswerScope.WHOLE);
    }

    /** The evaluation of the questions one scope asks, such as a single respondent's view in a team. */
    public static Evaluation of(Questionnaire questionnaire, Answers answers, AnswerScope scope) {
        Score score = Scorer.score(questionnaire, answers, scope);
        return new Evaluation(questionnaire, answers, score, Recommender.recommend(questionnaire, answers, score));
    }
}
