package org.readiness.consultant.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The consultants' login, in the user's language; says so plainly when an account or address is locked out
 * ({@code ?error=locked}, set by {@link org.readiness.consultant.LoginFailure}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
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
