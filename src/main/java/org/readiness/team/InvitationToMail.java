package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;

/** An invitation to send by email once the transaction that stored it has committed (see {@link InvitationMailer}). */
record InvitationToMail(long memberId, String to, @Nullable String name, Role role, Questionnaire questionnaire,
                        String link, String language) {
}
