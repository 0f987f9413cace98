package org.readiness.consultant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.security.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The login form over HTTP against the real server, as an attacker would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFormTest {

    private static final long MB = 1024 * 1024;
    private static final String PASSWORD = "Kv7-ladder-orbit-23";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountService accounts;

    @AfterEach
    void forgetFailures() {
        throttle.forgetAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_thousand_oversized_logins_without_a_cookie_leave_the_heap_as_it_was() {
        String body = "username=" + "a".repeat(1_000_000) + "&password=x";
        WebClient attacker = new WebClient(port);
        for (int i = 0; i < 20; i++) {
            attacker.postBody("/login", body);
        }
        long before = settledHeap();

        for (int i = 0; i < 1000; i++) {
            HttpResponse<String> response = new WebClient(port).postBody("/login", body);
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }

        long after = settledHeap();
        System.out.printf("Heap after full GC: %.1f MB before, %.1f MB after 1,000 oversized logins%n",
                before / (double) MB, after / (double) MB);
        assertThat((after - before) / MB).as("heap growth in MB (before %d MB, after %d MB)", before / MB, after / MB)
                .isLessThan(20);
        assertThat(throttle.entries()).isZero();
    }

    @Test
    void a_failed_login_without_a_session_creates_none() {
        HttpResponse<String> response = new WebClient(port).post("/login",
                Map.of("username", "admin", "password", "wrong-password"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_name_longer_than_any_account_fails_like_a_wrong_password_and_is_kept_nowhere() {
        WebClient client = new WebClient(port);

        HttpResponse<String> response = client.login("n".repeat(101), "any-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(throttle.entries()).isZero();
    }

    @Test
    void a_cross_site_login_post_without_the_pages_token_logs_nobody_in() {
        WebClient victim = new WebClient(port);
        victim.get("/login"); // the victim's browser has a session with the site

        HttpResponse<String> forged = victim.post("/login", Map.of("username", "admin", "password", "whatever"));
        HttpResponse<String> wrongToken = victim.post("/login",
                Map.of("username", "admin", "password", "whatever", "_csrf", "forged-token"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(victim.login(consultant(), PASSWORD).headers().firstValue("Location")).get().asString()
                .endsWith("/consultant");
    }

    @Test
    void one_failed_login_counts_once() {
        String username = consultant();

        new WebClient(port).login(username, "wrong-password-1");

        assertThat(throttle.failuresOf(username)).isEqualTo(1);
    }

    @Test
    void by_default_a_forwarded_for_header_does_not_change_the_address_the_throttle_counts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            new WebClient(port).login("nobody-" + i, "wrong-password", "X-Forwarded-For", "203.0.113." + i);
        }

        HttpResponse<String> next = new WebClient(port).login(consultant(), PASSWORD,
                "X-Forwarded-For", "203.0.113.200");

        assertThat(next.headers().firstValue("Location")).get().asString().endsWith("/login?error=locked");
    }

    @Test
    void by_default_a_forwarded_host_does_not_change_where_the_login_redirects() {
        WebClient client = new WebClient(port);

        HttpResponse<String> failed = client.login("nobody", "wrong-password", "X-Forwarded-Host", "evil.example");
        HttpResponse<String> succeeded = new WebClient(port).login(consultant(), PASSWORD,
                "X-Forwarded-Host", "evil.example");

        assertThat(failed.headers().firstValue("Location")).get().asString().doesNotContain("evil.example");
        assertThat(succeeded.headers().firstValue("Location")).get().asString().doesNotContain("evil.example")
                .endsWith("/consultant");
    }

    private String consultant() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        String username = "form-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Form", PASSWORD, Role.CONSULTANT);
        SecurityContextHolder.clearContext();
        return username;
    }

    /** The used heap after full collections, once two in a row agree within 1 MB. */
    static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < MB) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
