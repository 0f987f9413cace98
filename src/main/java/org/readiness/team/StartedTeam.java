package org.readiness.team;

import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;

/**
 * A new team assessment: the coordinator's link to it, the workshop room's join link, and the company profile the
 * coordinator answers first. The tokens are handed out only here; only their hashes are stored.
 */
public record StartedTeam(Team team, ResumeToken coordinatorToken, ResumeToken joinToken, OpenAssessment profile,
                          ResumeToken profileToken) {
}
