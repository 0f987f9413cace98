package org.readiness.plan;

import org.readiness.merge.Respondent;
import org.readiness.merge.TeamMerge;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.List;

/**
 * A team's sent answers, projected by lifting every respondent's answers (and the company profile) and merging them
 * again by the file's rule: once an action is done, each seat would answer the lifted answer.
 */
public record TeamAnswers(Questionnaire questionnaire, Answers profile, List<Respondent> respondents)
        implements Projectable {

    public TeamAnswers {
        respondents = List.copyOf(respondents);
    }

    @Override
    public Score score(Collection<Action> done) {
        Answers liftedProfile = Lifts.apply(questionnaire, profile, done);
        List<Respondent> lifted = respondents.stream().map(respondent -> new Respondent(respondent.id(),
                respondent.roleId(), respondent.name(), Lifts.apply(questionnaire, respondent.answers(), done)))
                .toList();
        return TeamMerge.of(questionnaire, liftedProfile, lifted).orElseThrow().evaluation().score();
    }
}
