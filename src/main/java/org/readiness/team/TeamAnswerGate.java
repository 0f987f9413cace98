package org.readiness.team;

import org.readiness.assessment.AnswerGate;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.AnswerScope;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sent is sent: a respondent's sent answers take no change until they take them back, and a locked team's answers
 * and company profile none at all until its coordinator unlocks it.
 */
@Component
class TeamAnswerGate implements AnswerGate {

    private final TeamRepository teams;

    TeamAnswerGate(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public Optional<AnswerProblem.Kind> closed(long assessmentId, AnswerScope scope, boolean finished) {
        return switch (scope.kind()) {
            case ROLE -> teams.lockedByRespondent(assessmentId).flatMap(locked -> finished
                    ? Optional.of(AnswerProblem.Kind.SENT)
                    : locked ? Optional.of(AnswerProblem.Kind.LOCKED) : Optional.empty());
            case PROFILE -> teams.lockedByProfile(assessmentId).filter(locked -> locked)
                    .map(locked -> AnswerProblem.Kind.LOCKED);
            case WHOLE -> Optional.empty();
        };
    }
}
