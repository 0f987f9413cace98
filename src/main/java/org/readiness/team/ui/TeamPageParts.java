package org.readiness.team.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.readiness.assessment.ResultWording;
import org.readiness.base.ui.Dates;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.PublicAddress;
import org.readiness.result.Result;
import org.readiness.team.InvitationMail;
import org.readiness.team.Invitations;
import org.readiness.team.TeamService;
import org.readiness.team.TeamWatch;

import java.util.Optional;

/** What a team page needs from the services, in one bean, for the coordinator's page and the consultant's alike. */
@SpringComponent
public record TeamPageParts(TeamService teams, Invitations invitations, TeamWatch watch, InvitationMail mail,
                            AssessmentService assessments, ResultWording wording, PublicAddress address, Dates dates) {

    /** The team's result in a reader's words, as of now, once someone has sent their answers. */
    public Optional<Result> result(long teamId, String language) {
        var overview = teams.overview(teamId);
        return overview.evaluation().map(team -> wording.ofTeam(team, language, overview.profile().organisation()));
    }
}
