package org.readiness.consultant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.security.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disabling an account or resetting its password ends its sessions, on the real server: at once on this instance,
 * and at the next request when another instance made the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndingTest {

    private static final String PASSWORD = "Kv7-ladder-orbit-23";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void disabling_an_account_ends_its_sessions() {
        Account consultant = consultant();
        WebClient browser = signedIn(consultant);

        asAdmin();
        accounts.setEnabled(consultant.id(), false);

        assertThat(browser.sessionSurvives()).isFalse();
    }

    @Test
    void a_reset_password_ends_the_other_sessions() {
        Account consultant = consultant();
        WebClient office = signedIn(consultant);
        WebClient laptop = signedIn(consultant);
        WebClient bystander = signedIn(consultant());

        asAdmin();
        String newPassword = accounts.resetPassword(consultant.id());

        assertThat(office.sessionSurvives()).isFalse();
        assertThat(laptop.sessionSurvives()).isFalse();
        assertThat(bystander.sessionSurvives()).isTrue();
        assertThat(new WebClient(port).login(consultant.username(), newPassword).headers().firstValue("Location"))
                .get().asString().endsWith("/consultant");
    }

    @Test
    void an_account_disabled_by_another_instance_ends_its_session_at_the_next_request() {
        Account consultant = consultant();
        WebClient browser = signedIn(consultant);

        // what another instance sharing the database does: this instance learns of it only from the database
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = ?").param(consultant.id()).update();

        assertThat(browser.sessionSurvives()).isFalse();
    }

    @Test
    void a_password_changed_by_another_instance_ends_the_session_at_the_next_request() {
        Account consultant = consultant();
        WebClient browser = signedIn(consultant);

        jdbc.sql("UPDATE account SET password_hash = '{noop}elsewhere' WHERE id = ?").param(consultant.id()).update();

        assertThat(browser.sessionSurvives()).isFalse();
    }

    private WebClient signedIn(Account account) {
        WebClient browser = new WebClient(port);
        assertThat(browser.login(account.username(), PASSWORD).headers().firstValue("Location")).get().asString()
                .endsWith("/consultant");
        assertThat(browser.sessionSurvives()).isTrue();
        return browser;
    }

    private Account consultant() {
        asAdmin();
        Account account = accounts.create("ending-" + UUID.randomUUID().toString().substring(0, 8), "Ending",
                PASSWORD, Role.CONSULTANT);
        SecurityContextHolder.clearContext();
        return account;
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
