package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.base.PublicUrl;
import org.readiness.base.ReadinessProperties;
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
 * Sends an invitation by email when the server has SMTP set up (Spring Boot's {@code spring.mail.*}) and knows its
 * public address ({@code readiness.public-url}): the link in a mail never comes from a request, whose Host header
 * anyone can make up. Without either, the personal links on the team page are the way, and the page says which is
 * missing.
 */
@Component
public class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    /** Enough to catch a typo; whether the address exists only the mail server knows. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int ADDRESS_LIMIT = 320;

    /** Why no invitation goes out by email. */
    public enum Missing { SMTP, PUBLIC_URL }

    private final Optional<JavaMailSender> sender;
    private final PublicUrl publicUrl;
    private final String from;

    InvitationMail(Optional<JavaMailSender> sender, PublicUrl publicUrl, ReadinessProperties properties) {
        this.sender = sender;
        this.publicUrl = publicUrl;
        this.from = properties.mail().from();
    }

    public boolean isAvailable() {
        return missing().isEmpty();
    }

    /** What keeps invitations from going out by email; empty when they do. */
    public Optional<Missing> missing() {
        if (sender.isEmpty()) {
            return Optional.of(Missing.SMTP);
        }
        return publicUrl.configured().isEmpty() ? Optional.of(Missing.PUBLIC_URL) : Optional.empty();
    }

    public static boolean isAddress(@Nullable String text) {
        return text != null && text.length() <= ADDRESS_LIMIT && ADDRESS.matcher(text).matches()
                && text.chars().noneMatch(Character::isISOControl);
    }

    /** A personal link on the public address, as a mail carries it; empty without one. */
    Optional<String> link(String path) {
        return publicUrl.configured().map(base -> base + "/" + path);
    }

    /** Sends it, or says why not; a failed send never stops the invitation, whose link works all the same. */
    boolean send(InvitationToMail invitation) {
        if (!isAvailable()) {
            return false;
        }
        String language = invitation.language();
        Words words = Words.in(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.to());
        message.setSubject(oneLine(words.get("team.mail.subject", invitation.questionnaire().title().in(language))));
        String name = invitation.name() == null ? null : oneLine(invitation.name());
        String greeting = name == null ? words.get("team.mail.hello") : words.get("team.mail.hello-name", name);
        message.setText(greeting + "\n\n" + words.get("team.mail.text", invitation.role().label().in(language))
                + "\n\n" + invitation.link() + "\n\n" + words.get("team.mail.who-sees") + "\n");
        try {
            sender.get().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send an invitation: {}", e.getMessage());
            return false;
        }
    }

    /** Text of one line: a line break (of any kind) or a control character never reaches a mail. */
    static String oneLine(String text) {
        return text.replaceAll("(?U)[\\s\\p{Cc}]+", " ").strip();
    }
}
