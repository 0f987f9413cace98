package org.readiness.consultant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Application;
import org.readiness.base.Settings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
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

    private org.springframework.context.ConfigurableApplicationContext start(String... settings) {
        String[] args = new String[settings.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--readiness.data.dir=" + data.toAbsolutePath();
        args[2] = "--spring.devtools.restart.enabled=false";
        System.arraycopy(settings, 0, args, 3, settings.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }
}
