package org.readiness.assessment;

import org.readiness.questionnaire.file.QuestionnaireReader;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a resume link: 256 random bits from {@link SecureRandom}, URL-safe Base64. Only its SHA-256 is
 * stored, and {@link #toString()} never shows it, so it cannot leak into logs.
 */
public final class ResumeToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String value;

    private ResumeToken(String value) {
        this.value = value;
    }

    public static ResumeToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ResumeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token from a link, when it has the shape of one; anything else can never match an assessment. */
    public static Optional<ResumeToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ResumeToken(text)) : Optional.empty();
    }

    /** The text to put in the link. */
    public String value() {
        return value;
    }

    /** What is stored of the token: its SHA-256, as hex. */
    public String hash() {
        return QuestionnaireReader.sha256(value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResumeToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ResumeToken[hidden]";
    }
}
