package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.base.ReadinessProperties;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Locale;
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
    private final MessageSource words;
    private final String from;

    InvitationMail(Optional<JavaMailSender> sender, MessageSource words, ReadinessProperties properties) {
        this.sender = sender;
        this.words = words;
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
        Locale locale = Locale.forLanguageTag(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(words.getMessage("team.mail.subject", new Object[] {questionnaire.title().in(language)},
                locale));
        String greeting = name == null ? words.getMessage("team.mail.hello", null, locale)
                : words.getMessage("team.mail.hello-name", new Object[] {name}, locale);
        message.setText(greeting + "\n\n"
                + words.getMessage("team.mail.text", new Object[] {role.label().in(language)}, locale) + "\n\n"
                + link + "\n\n" + words.getMessage("team.mail.who-sees", null, locale) + "\n");
        try {
            sender.get().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send an invitation: {}", e.getMessage());
            return false;
        }
    }
}
