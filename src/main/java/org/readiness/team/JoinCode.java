package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The join link's short code, for people who type rather than scan: six characters from an alphabet without the
 * look-alikes (no 0/O, 1/I/L), shown as "K7M-Q2P" and taken as typed, in any case, with or without the dash.
 * 31^6 is about 887 million codes; a code lets someone in only while its team's join link is open.
 */
public final class JoinCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "K7MQ2P" as people read it: "K7M-Q2P". */
    public static String shown(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** A code as typed ("k7m q2p", "K7M-Q2P"), as stored; empty when it cannot be one. */
    public static Optional<String> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
                : Optional.empty();
    }
}
