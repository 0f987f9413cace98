package org.readiness.consultant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lockout rules of README's "Consultants", through the real login. */
@SpringBootTest
class LoginLockoutTest {

    private static final String PASSWORD = "Kv7-ladder-orbit-23";

    @Autowired
    ThrottledAuthentication authentication;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        throttle.forgetAll();
    }

    @Test
    void after_five_wrong_passwords_an_address_that_failed_is_refused_even_the_right_one() {
        String username = consultant();

        for (int i = 0; i < 5; i++) {
            String address = "10.0.0." + i;
            assertThatThrownBy(() -> login(username, "wrong-password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(username, PASSWORD, "10.0.0.1")).isInstanceOf(LockedException.class);
    }

    @Test
    void a_locked_account_still_lets_the_right_password_in_from_an_address_without_failures() {
        String username = consultant();
        for (int i = 0; i < 20; i++) {
            String address = "10.1.0." + i;
            assertThatThrownBy(() -> login(username, "wrong-password", address)).isNotNull();
        }

        assertThat(login(username, PASSWORD, "10.1.1.1").isAuthenticated()).isTrue();
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_address_for_every_account() {
        String first = consultant();
        String second = consultant();

        for (int i = 0; i < 5; i++) {
            String username = i % 2 == 0 ? first : second;
            assertThatThrownBy(() -> login(username, "wrong-password", "192.0.2.7"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(second, PASSWORD, "192.0.2.7")).isInstanceOf(LockedException.class);
        assertThat(login(second, PASSWORD, "192.0.2.8").isAuthenticated()).isTrue();
    }

    @Test
    void a_failure_counts_once() {
        String username = consultant();

        assertThatThrownBy(() -> login(username, "wrong-password", "198.51.100.9")).isNotNull();

        assertThat(throttle.failuresOf(username)).isEqualTo(1);
    }

    @Test
    void a_disabled_consultant_cannot_log_in() {
        String username = disabledConsultant();

        assertThatThrownBy(() -> login(username, PASSWORD, "198.51.100.1")).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_disabled_account_checks_the_password_like_any_other_and_its_failures_count() {
        String username = disabledConsultant();

        // A wrong password is told as wrong: the password was checked (bcrypt ran), as for an enabled account.
        assertThatThrownBy(() -> login(username, "wrong-password", "198.51.100.2"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(username, PASSWORD, "198.51.100.3")).isInstanceOf(DisabledException.class);
        assertThat(throttle.failuresOf(username)).isEqualTo(2);
    }

    @Test
    void a_name_or_password_longer_than_any_account_can_have_is_refused_unchecked_and_uncounted() {
        String longName = "x".repeat(AccountService.MAX_USERNAME_LENGTH + 1);

        assertThatThrownBy(() -> login(longName, PASSWORD, "198.51.100.4")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(consultant(), "p".repeat(73), "198.51.100.4"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.entries()).isZero();
    }

    private String disabledConsultant() {
        String username = consultant();
        asAdmin();
        accounts.setEnabled(accounts.findByUsername(username).orElseThrow().id(), false);
        SecurityContextHolder.clearContext();
        return username;
    }

    private String consultant() {
        asAdmin();
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Locked", PASSWORD, Role.CONSULTANT);
        SecurityContextHolder.clearContext();
        return username;
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    private Authentication login(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(token);
    }
}
