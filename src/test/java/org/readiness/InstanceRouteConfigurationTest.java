package org.readiness;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.readiness.base.ReadinessProperties;
import org.readiness.base.Settings;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceRouteConfigurationTest {

    @Test
    void every_session_id_ends_with_the_instance_route_so_a_balancer_can_send_it_home() throws Exception {
        assertThat(sessionCookie("b")).matches("JSESSIONID=[0-9A-F]+\\.b;.*");
        assertThat(sessionCookie("")).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void a_route_that_a_cookie_could_not_carry_is_refused_at_start() {
        assertThatThrownBy(() -> new InstanceRouteConfiguration().instanceRoute(route("a;b")))
                .hasMessageContaining("readiness.instance.route");
    }

    private static ReadinessProperties route(String route) {
        return Settings.of(Map.of("instance.route", route));
    }

    private static String sessionCookie(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new InstanceRouteConfiguration().instanceRoute(route(route)).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }
}
