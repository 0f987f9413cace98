package org.readiness.consultant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Application;
import org.readiness.base.Settings;
import org.readiness.security.WebClient;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The first administrator comes from settings; outside the dev profile a default or empty password stops the start. */
class FirstAdminTest {

    @TempDir
    Path data;

    @Test
    void the_app_refuses_to_start_with_an_empty_or_default_admin_password_outside_the_dev_profile() {
        for (String password : new String[] {"", "admin", "short"}) {
            assertThatThrownBy(() -> start("--readiness.admin.password=" + password).close())
                    .hasStackTraceContaining("Refusing to start: set readiness.admin.password");
        }
    }

    @Test
    void the_app_refuses_to_start_with_a_long_but_guessable_admin_password_and_says_why() {
        for (String password : new String[] {" ".repeat(12), "aaaaaaaaaaaa", "password1234"}) {
            assertThatThrownBy(() -> start("--readiness.admin.password=" + password).close())
                    .hasStackTraceContaining("Refusing to start: set readiness.admin.password")
                    .hasStackTraceContaining("too easy to guess");
        }
    }

    @Test
    void the_first_admin_is_created_from_the_settings_and_a_dev_profile_may_use_the_default() {
        try (var app = start("--readiness.admin.username=boss", "--readiness.admin.password=Kv7-ladder-orbit-23")) {
            assertThat(app.getBean(AccountService.class).findByUsername("boss")).get()
                    .extracting(Account::role).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void the_dev_profile_starts_with_the_dev_only_admin_password() {
        try (var app = start("--spring.profiles.active=dev", "--readiness.admin.username=devadmin",
                "--readiness.admin.password=")) {
            assertThat(app.getBean(AccountService.class).findByUsername("devadmin")).isPresent();
        }
    }

    @Test
    void an_instance_that_loses_the_race_to_create_the_first_admin_to_another_starts_all_the_same() {
        AccountService accounts = mock(AccountService.class);
        when(accounts.hasAdmin()).thenReturn(false, true);
        when(accounts.createFirstAdmin("admin", "Kv7-ladder-orbit-23"))
                .thenThrow(new DuplicateKeyException("duplicate key value violates unique constraint"));

        new FirstAdmin(accounts, new MockEnvironment(), Settings.of(Map.of("admin.password", "Kv7-ladder-orbit-23")))
                .createIfMissing();

        verify(accounts).createFirstAdmin("admin", "Kv7-ladder-orbit-23");
    }

    @Test
    void a_login_in_the_seconds_after_the_port_opens_waits_for_the_first_administrator_instead_of_failing()
            throws Exception {
        int port = freePort();
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        // Holds the start-up after the migration and before the first administrator is made, as a slow start does.
        ApplicationListener<ApplicationReadyEvent> slowStart = new HoldingListener(reached, mayGoOn);
        CompletableFuture<ConfigurableApplicationContext> app = CompletableFuture.supplyAsync(() ->
                start(List.of(slowStart), "--server.port=" + port, "--readiness.admin.username=boss",
                        "--readiness.admin.password=Kv7-ladder-orbit-23"));
        try {
            assertThat(reached.await(120, TimeUnit.SECONDS)).isTrue();
            WebClient browser = new WebClient(port);
            String csrfToken = browser.csrfToken();
            CompletableFuture<HttpResponse<String>> login = CompletableFuture.supplyAsync(() -> browser.post("/login",
                    Map.of("username", "boss", "password", "Kv7-ladder-orbit-23", "_csrf", csrfToken)));

            await().atMost(Duration.ofSeconds(60)).until(() -> login.isDone() || aLoginWaitsForTheFirstAdmin());
            assertThat(login).as("the login waits").isNotDone();

            mayGoOn.countDown();
            assertThat(login.get(60, TimeUnit.SECONDS).headers().firstValue("Location")).get().asString()
                    .as("signed in").doesNotContain("error").endsWith("/consultant");
        } finally {
            mayGoOn.countDown();
            app.get(120, TimeUnit.SECONDS).close();
        }
    }

    private static boolean aLoginWaitsForTheFirstAdmin() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(FirstAdmin.class.getName())
                        && frame.getMethodName().equals("awaitDone")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** After the migration (the first ready listener) and before the first administrator (the last). */
    private record HoldingListener(CountDownLatch reached, CountDownLatch mayGoOn)
            implements ApplicationListener<ApplicationReadyEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            reached.countDown();
            try {
                mayGoOn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }

    private org.springframework.context.ConfigurableApplicationContext start(String... settings) {
        return start(List.of(), settings);
    }

    private org.springframework.context.ConfigurableApplicationContext start(List<ApplicationListener<?>> listeners,
                                                                            String... settings) {
        List<String> args = new java.util.ArrayList<>(List.of("--readiness.data.dir=" + data.toAbsolutePath(),
                "--spring.devtools.restart.enabled=false"));
        if (Arrays.stream(settings).noneMatch(setting -> setting.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(Application.class).listeners(listeners.toArray(ApplicationListener[]::new))
                .run(args.toArray(String[]::new));
    }
}
