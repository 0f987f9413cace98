package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The consultant's navigation: clients, consultants (administrators), who is signed in, log out. */
class ConsultantBar extends Nav {

    ConsultantBar(AuthenticationContext authentication) {
        addClassName("consultant-bar");
        add(new RouterLink(getTranslation("consultant.clients"), ClientsView.class));
        if (authentication.hasRole("ADMIN")) {
            add(new RouterLink(getTranslation("consultant.accounts"), AccountsView.class));
        }
        if (authentication.hasAnyRole("ADMIN", "AUTHOR")) {
            add(new com.vaadin.flow.component.html.Anchor("studio", getTranslation("consultant.studio")));
        }
        Span who = new Span(getTranslation("consultant.signed-in", authentication.getPrincipalName().orElse("")));
        who.addClassName("signed-in");
        Button logout = new Button(getTranslation("consultant.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(who, logout);
    }
}
