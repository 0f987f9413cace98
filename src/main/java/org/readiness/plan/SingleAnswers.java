package org.readiness.plan;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.scoring.Score;
import org.readiness.scoring.Scorer;

import java.util.Collection;
import java.util.List;

/** One respondent's answers (a merchant's, an interview's), projected by scoring the lifted answers. */
public record SingleAnswers(Questionnaire questionnaire, Answers answers, AnswerScope scope) implements Projectable {

    public SingleAnswers(Questionnaire questionnaire, Answers answers) {
        this(questionnaire, answers, AnswerScope.WHOLE);
    }

    @Override
    public Score score(Collection<Action> done) {
        return Scorer.score(questionnaire, Lifts.apply(questionnaire, answers, done), scope);
    }

    @Override
    public List<Question> openRequired() {
        return AnswerCheck.openRequired(questionnaire, answers);
    }
}
