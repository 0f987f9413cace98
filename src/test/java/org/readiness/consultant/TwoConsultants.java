package org.readiness.consultant;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;

/**
 * Two consultants of their own, made afresh by the administrator for one test: the set-up of every test that checks
 * that a consultant sees only their own clients. Their names differ from test to test, so tests share a database.
 */
public record TwoConsultants(String anna, String bo) {

    public static TwoConsultants made(AccountService accounts) {
        signInForServices("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new TwoConsultants(
                accounts.create("anna-" + suffix, "Anna", "a-long-password-1", Role.CONSULTANT).username(),
                accounts.create("bo-" + suffix, "Bo", "a-long-password-2", Role.CONSULTANT).username());
    }

    /** Signs in for the services' checks only (no page): what a test outside Vaadin needs. */
    public static void signInForServices(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
