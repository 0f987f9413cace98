package org.readiness.consultant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
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

@SpringBootTest
class LoginLockoutTest {

    @Autowired
    ThrottledAuthentication authentication;

    @Autowired
    AccountService accounts;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        String username = consultant("right-password-1");

        for (int i = 0; i < 5; i++) {
            String address = "10.0.0." + i;
            assertThatThrownBy(() -> login(username, "wrong-password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(username, "right-password-1", "10.0.0.99")).isInstanceOf(LockedException.class);
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_address_for_every_account() {
        String first = consultant("right-password-2");
        String second = consultant("right-password-3");

        for (int i = 0; i < 5; i++) {
            String username = i % 2 == 0 ? first : second;
            assertThatThrownBy(() -> login(username, "wrong-password", "192.0.2.7"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(second, "right-password-3", "192.0.2.7")).isInstanceOf(LockedException.class);
        assertThat(login(second, "right-password-3", "192.0.2.8").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_consultant_cannot_log_in() {
        String username = consultant("right-password-4");
        asAdmin();
        accounts.setEnabled(accounts.findByUsername(username).orElseThrow().id(), false);

        assertThatThrownBy(() -> login(username, "right-password-4", "198.51.100.1"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    private String consultant(String password) {
        asAdmin();
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Locked", password, Role.CONSULTANT);
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
