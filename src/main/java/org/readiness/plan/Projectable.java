package org.readiness.plan;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.List;

/**
 * A result whose score can be projected: the engine run again on its answers with the lifts of some actions
 * applied. One respondent's answers are scored as they are; a team's are merged again (see {@link TeamAnswers}).
 */
public interface Projectable {

    Questionnaire questionnaire();

    /** The engine's score of the answers once the given actions are done; with none, today's score. */
    Score score(Collection<Action> done);

    /**
     * The required questions open today: while any is, the overall score is not final. A team's sent answers are
     * complete, so none by default.
     */
    default List<Question> openRequired() {
        return List.of();
    }
}
