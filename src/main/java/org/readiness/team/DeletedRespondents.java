package org.readiness.team;

import org.readiness.assessment.AssessmentsDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A respondent who deleted their answers (or whose unfinished answers were deleted for their age) stays on the team
 * page as a role that left, with neither name nor address: forgotten in the same transaction as the answers.
 */
@Component
class DeletedRespondents {

    private final TeamRepository teams;

    DeletedRespondents(TeamRepository teams) {
        this.teams = teams;
    }

    @EventListener
    void forget(AssessmentsDeleted deleted) {
        teams.forgetWhoDeleted();
    }
}
