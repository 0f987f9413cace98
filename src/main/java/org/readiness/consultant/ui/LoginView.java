package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.MainLayout;

import java.util.List;

/**
 * The consultants' login, in the app's frame (its name and the language menu) and the user's language; says so
 * plainly when an account or address is locked out ({@code ?error=locked}, set by
 * {@link org.readiness.consultant.LoginFailure}).
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    /** The {@code error} parameter the page was opened with; null after no failed login. */
    private @Nullable List<String> error;

    LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error = event.getLocation().getQueryParameters().getParameters().get("error");
        showTexts();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts();
    }

    private void showTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        boolean failed = error != null;
        if (failed) {
            boolean locked = error.contains("locked");
            i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.failed.title"));
            i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.failed.message"));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
