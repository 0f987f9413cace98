package org.readiness.studio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * A page of the studio: open to administrators and to consultants an administrator made authors; anyone else
 * signed in gets a 403 that says why (the views are open to every signed-in user only so that this page can say it;
 * the services check the roles again on every call). A page loads what it shows once access is checked.
 */
abstract class StudioPage extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    StudioPage(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("studio-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayWrite(authentication)) {
            event.rerouteToError(new NotAnAuthor(), "");
            return;
        }
        enter(event);
    }

    static boolean mayWrite(AuthenticationContext authentication) {
        return authentication.hasAnyRole("ADMIN", "AUTHOR");
    }

    protected abstract void enter(BeforeEnterEvent event);

    protected AuthenticationContext authentication() {
        return authentication;
    }

    /** A signed-in user who may not write questionnaires. */
    public static final class NotAnAuthor extends RuntimeException {
        public NotAnAuthor() {
            super("not an author");
        }
    }
}
