package org.readiness.consultant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelve_characters_that_are_easy_to_guess_are_refused() {
        for (String weak : new String[] {" ".repeat(12), "aaaaaaaaaaaa", "password1234", "qwertyuiop12", "123456789012",
                "abcdefghijkl", "Summer2024!!"}) {
            assertThat(PasswordPolicy.problem(weak)).as(weak).contains(AccountProblem.Kind.WEAK_PASSWORD);
        }
    }

    @Test
    void fewer_than_twelve_characters_are_too_short() {
        assertThat(PasswordPolicy.problem("Kv7-orbit-2")).contains(AccountProblem.Kind.SHORT_PASSWORD);
        assertThat(PasswordPolicy.problem(null)).contains(AccountProblem.Kind.SHORT_PASSWORD);
    }

    @Test
    void more_than_bcrypts_72_bytes_is_refused_with_its_own_reason() {
        // 37 letters of two bytes each in UTF-8: 74 bytes
        assertThat(PasswordPolicy.problem("å".repeat(37))).contains(AccountProblem.Kind.PASSWORD_TOO_LONG);
        assertThat(PasswordPolicy.problem("Kv7-ladder-orbit-23-" + "x".repeat(53))).contains(
                AccountProblem.Kind.PASSWORD_TOO_LONG);
    }

    @Test
    void unrelated_words_or_random_characters_pass() {
        assertThat(PasswordPolicy.problem("Kv7-ladder-orbit-23")).isEmpty();
        assertThat(PasswordPolicy.problem("violet tractor under seaweed")).isEmpty();
        // famous, so in the dictionary of known passwords
        assertThat(PasswordPolicy.problem("correct horse battery staple")).contains(AccountProblem.Kind.WEAK_PASSWORD);
        assertThat(PasswordPolicy.problem("K7mPq2xWn4Rt")).isEmpty();
    }
}
