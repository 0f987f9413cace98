package org.readiness.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy named in readiness.proxies.trusted, its forwarded headers count. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "readiness.proxies.trusted=127.0.0.1, ::1")
class TrustedProxiesTest {

    @LocalServerPort
    int port;

    @Test
    void behind_a_named_tls_proxy_the_session_cookie_is_secure_and_redirects_name_the_public_host() {
        HttpResponse<String> page = new WebClient(port).get("/", "X-Forwarded-Proto", "https");
        // (over plain HTTP: the test's client would not send a Secure cookie back)
        HttpResponse<String> failed = new WebClient(port).login("nobody", "wrong-password",
                "X-Forwarded-Host", "readiness.example", "X-Forwarded-Port", "80");

        assertThat(page.headers().firstValue("Set-Cookie")).get().asString().contains("HttpOnly", "Secure");
        assertThat(failed.headers().firstValue("Location")).get().asString()
                .matches("http://readiness\\.example(:\\d+)?/login\\?error");
    }
}
