package org.readiness.team;

import org.readiness.assessment.ResumeToken;

/** A respondent just invited or joined, and the token of their personal link (handed out only here). */
public record Invitation(Member member, ResumeToken token, boolean emailed) {
}
