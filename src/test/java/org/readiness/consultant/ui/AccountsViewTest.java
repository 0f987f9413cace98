package org.readiness.consultant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.consultant.Account;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrators' page: password rules in plain words, and nothing more for an administrator disabled. */
class AccountsViewTest extends KaribuTest {

    private static final String PASSWORD = "Kv7-ladder-orbit-23";

    @Autowired
    AccountService accounts;

    private String suffix;

    @BeforeEach
    void signedInAsAdmin() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        loginAs("admin", "ADMIN");
    }

    @Test
    void a_guessable_password_is_refused_with_a_message_at_the_field() {
        navigate("admin/consultants");

        add("weak-" + suffix, "aaaaaaaaaaaa");

        PasswordField password = _get(PasswordField.class);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too easy to guess");
        assertThat(accounts.findByUsername("weak-" + suffix)).isEmpty();
    }

    @Test
    void a_password_over_72_bytes_gets_its_own_message_in_swedish_too() {
        switchLanguage(Locale.forLanguageTag("sv"));
        navigate("admin/consultants");

        add("long-" + suffix, "Kv7-ladder-orbit-" + "å".repeat(30));

        PasswordField password = _get(PasswordField.class);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("högst 72 byte");
        assertThat(accounts.findByUsername("long-" + suffix)).isEmpty();
    }

    @Test
    void a_disabled_admin_is_refused_on_the_next_action_of_a_page_left_open() {
        Account second = accounts.create("second-admin-" + suffix, "Second", PASSWORD, Role.ADMIN);
        loginAs(second.username(), "ADMIN");
        navigate("admin/consultants");

        asAnotherAdmin(() -> accounts.setEnabled(second.id(), false));

        assertThatThrownBy(() -> add("added-by-disabled-" + suffix, PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(second.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByUsername("added-by-disabled-" + suffix)).isEmpty();
        assertThat(accounts.findByUsername(second.username())).get().extracting(Account::enabled).isEqualTo(false);
    }

    private static void add(String username, String password) {
        _setValue(_find(TextField.class).get(0), username);
        _setValue(_get(PasswordField.class), password);
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("accounts.add"))));
    }

    private static void asAnotherAdmin(Runnable action) {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContext other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(other);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }
}
