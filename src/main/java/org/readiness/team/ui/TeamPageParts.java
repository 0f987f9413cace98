package org.readiness.team.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.PublicAddress;
import org.readiness.team.InvitationMail;
import org.readiness.team.Invitations;
import org.readiness.team.TeamService;
import org.readiness.team.TeamWatch;

/** What a team page needs from the services, in one bean, for the coordinator's page and the consultant's alike. */
@SpringComponent
public record TeamPageParts(TeamService teams, Invitations invitations, TeamWatch watch, InvitationMail mail,
                            AssessmentService assessments, PublicAddress address) {
}
