package org.readiness.team.ui;

import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.assessment.ui.ResumeElsewhere;
import org.readiness.questionnaire.answer.AnswerScope;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A team respondent who opens their answers by the plain resume link goes on in their own team's page. */
@Component
class TeamResume implements ResumeElsewhere {

    @Override
    public Optional<String> locationOf(OpenAssessment assessment, ResumeToken token) {
        return assessment.scope().kind() == AnswerScope.Kind.ROLE ? Optional.of(TeamAnswerView.PATH + token.value())
                : Optional.empty();
    }
}
