package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.base.ReadinessProperties;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.words.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends an invitation by email when the server has SMTP set up (Spring Boot's {@code spring.mail.*}); without it
 * the personal links on the team page are the way, and the page says so.
 */
@Component
public class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    /** Enough to catch a typo; whether the address exists only the mail server knows. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int ADDRESS_LIMIT = 320;

    private final Optional<JavaMailSender> sender;
    private final String from;

    InvitationMail(Optional<JavaMailSender> sender, ReadinessProperties properties) {
        this.sender = sender;
        this.from = properties.mail().from();
    }

    public boolean isAvailable() {
        return sender.isPresent();
    }

    public static boolean isAddress(@Nullable String text) {
        return text != null && text.length() <= ADDRESS_LIMIT && ADDRESS.matcher(text).matches();
    }

    /** Sends it, or says why not; a failed send never stops the invitation, whose link works all the same. */
    boolean send(String to, @Nullable String name, Role role, Questionnaire questionnaire, String link,
                 String language) {
        if (sender.isEmpty()) {
            return false;
        }
        Words words = Words.in(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(words.get("team.mail.subject", questionnaire.title().in(language)));
        String greeting = name == null ? words.get("team.mail.hello") : words.get("team.mail.hello-name", name);
        message.setText(greeting + "\n\n" + words.get("team.mail.text", role.label().in(language)) + "\n\n"
                + link + "\n\n" + words.get("team.mail.who-sees") + "\n");
        try {
            sender.get().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send an invitation: {}", e.getMessage());
            return false;
        }
    }
}
