package org.readiness.consultant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.base.ui.Languages;
import elemental.json.Json;


import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page in both languages, and what it says after a failed or a refused login. */
class LoginViewTest extends KaribuTest {

    @Test
    void the_login_page_speaks_swedish_to_a_swedish_session() {
        switchLanguage(Languages.SWEDISH);
        navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form)).contains("Inloggning för konsulter", "Logga in", "Användarnamn");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void the_login_page_has_the_apps_header_and_its_language_menu_which_changes_the_form_at_once() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(Header.class).getClassNames()).contains("app-header");
        Anchor home = _get(Anchor.class, spec -> spec.withClasses("app-name"));
        assertThat(home.getElement().getProperty("innerText")).isEqualTo("Commerce Readiness");
        assertThat(home.isVisible()).isTrue();
        Component language = _get(Component.class, spec -> spec.withClasses("language-select"));
        assertThat(language.getElement().getProperty("accessibleName")).isEqualTo("Language");
        assertThat(language.getElement().getProperty("value")).isEqualTo("en");
        _fireDomEvent(language, "change", Json.parse("{\"element.value\": \"sv\"}"));

        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form)).contains("Inloggning för konsulter", "Logga in");
        assertThat(form.isError()).as("the failed login is still told, now in Swedish").isTrue();
        assertThat(language.getElement().getProperty("accessibleName")).isEqualTo("Språk");
        assertThat(language.getElement().getProperty("value")).isEqualTo("sv");
    }

    @Test
    void a_wrong_password_gets_a_plain_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Wrong username or password");
    }

    @Test
    void after_five_failed_logins_the_page_says_the_account_is_locked_for_a_while() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", "locked"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many failed logins", "15 minutes");
    }

    /** The texts the login form was given, as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
