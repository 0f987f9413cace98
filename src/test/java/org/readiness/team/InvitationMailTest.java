package org.readiness.team;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** With SMTP set up, each invitation with an address goes out by email, against a real SMTP server (GreenMail). */
@SpringBootTest
class InvitationMailTest extends WithSmtp {

    @DynamicPropertySource
    static void publicUrl(DynamicPropertyRegistry properties) {
        properties.add("readiness.public-url", () -> "https://readiness.example/");
    }

    @Autowired
    InvitationMail mail;

    @Test
    void an_invitation_with_an_address_is_emailed_with_the_personal_link_in_the_inviters_language() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        StartedTeam team = teams.start("scoring-fixture", "sv", null);
        answers.save(team.profile().id(), "size", answer("medium"), 0);

        Invitation invitation = invitations.invite(team.team().id(), "it", "Bo", "bo@example.com", "sv");

        assertThat(mail.isAvailable()).isTrue();
        assertThat(invitation.emailed()).isTrue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("bo@example.com");
        assertThat(message.getSubject()).isEqualTo("Du är inbjuden: Poängfixtur");
        assertThat((String) message.getContent()).contains("Hej Bo!", "som IT",
                "https://readiness.example/team/answer/" + invitation.token().value());
        assertThat(teams.overview(team.team().id()).members().get(0).emailSentAt()).isNotNull();
    }

    @Test
    void an_invitation_without_an_address_is_not_emailed() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        StartedTeam team = teams.start("scoring-fixture", "en", null);

        Invitation invitation = invitations.invite(team.team().id(), "owner", null, null, "en");

        assertThat(invitation.emailed()).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
