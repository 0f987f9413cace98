package org.readiness.recommendation;

import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

import java.util.List;

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

    /**
     * The required questions asked for these answers but not answered, in the order asked: an interview may be
     * finished with some still open, and then its scores are not final.
     */
    public List<Question> openRequired() {
        return AnswerCheck.openRequired(questionnaire, answers);
    }

    /** How many required questions of an area are open: an area with any is incomplete, its score not final. */
    public long openRequired(String areaId) {
        return openRequired().stream().filter(question -> areaId.equals(question.area())).count();
    }
}
