package org.readiness.team;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Mails each invitation once the invitation is stored for good: after its transaction commits, never inside it, so a
 * request that fails halfway (and rolls back) mails no one a link that does not work. An invitation made outside a
 * transaction is not mailed.
 */
@Component
class InvitationMailer {

    private final InvitationMail mail;
    private final TeamRepository teams;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InvitationMailer(InvitationMail mail, TeamRepository teams, PlatformTransactionManager transactions, Clock clock) {
        this.mail = mail;
        this.teams = teams;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(InvitationToMail invitation) {
        if (mail.send(invitation)) {
            ownTransaction.executeWithoutResult(status -> teams.markEmailSent(invitation.memberId(), clock.instant()));
        }
    }
}
