package org.readiness.studio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.consultant.Account;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;
import org.readiness.security.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The studio's API over HTTP: administrators and authors only; taking the right away works at the next request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudioApiAccessTest {

    private static final String PASSWORD = "Kv7-ladder-orbit-23";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anyone_but_an_administrator_or_an_author_gets_403_from_the_studio_api() {
        Account consultant = account();
        assertThat(new WebClient(port).get("/api/studio/versions").statusCode()).isEqualTo(403);
        WebClient plain = new WebClient(port);
        plain.login(consultant.username(), PASSWORD);
        assertThat(plain.get("/api/studio/versions").statusCode()).isEqualTo(403);
        assertThat(plain.get("/api/studio/drafts").statusCode()).isEqualTo(403);
    }

    @Test
    void an_author_reads_the_versions_until_the_right_is_taken_away() {
        Account consultant = account();
        asAdmin(() -> accounts.setAuthor(consultant.id(), true));
        WebClient author = new WebClient(port);
        author.login(consultant.username(), PASSWORD);
        assertThat(author.get("/api/studio/versions").statusCode()).isEqualTo(200);
        assertThat(author.get("/api/studio/versions").body()).contains("scoring-fixture");

        asAdmin(() -> accounts.setAuthor(consultant.id(), false));

        assertThat(author.get("/api/studio/versions").statusCode()).isEqualTo(403);
    }

    @Test
    void the_last_moment_save_of_a_signed_in_author_needs_the_pages_csrf_token() {
        Account consultant = account();
        asAdmin(() -> accounts.setAuthor(consultant.id(), true));
        WebClient author = new WebClient(port);
        author.login(consultant.username(), PASSWORD);

        var forged = author.post("/api/studio/drafts/1/unsent",
                Map.of("revision", "1", "changes", "{\"text\": null, \"writes\": []}"));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private Account account() {
        Account[] made = new Account[1];
        asAdmin(() -> made[0] = accounts.create("api-" + UUID.randomUUID().toString().substring(0, 8), "Api",
                PASSWORD, Role.CONSULTANT));
        return made[0];
    }

    private static void asAdmin(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
