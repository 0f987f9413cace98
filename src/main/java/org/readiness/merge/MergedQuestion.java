package org.readiness.merge;

import org.readiness.questionnaire.Question;
import org.readiness.scoring.QuestionScore;

import java.util.List;
import java.util.Map;

/**
 * One question in a team: each respondent's own score of it, the answers grouped by who gave them, the team's
 * merged score, and how far apart the respondents' points lie.
 */
public record MergedQuestion(Question question, Map<String, QuestionScore> byRespondent, List<AnswerGroup> groups,
                             QuestionScore team, double spread) {

    public MergedQuestion {
        byRespondent = Map.copyOf(byRespondent);
        groups = List.copyOf(groups);
    }

    /** The spread as a share of the points the question can give, 0 to 1. */
    public double spreadShare() {
        return team.reachable() == 0 ? 0 : spread / team.reachable();
    }
}
