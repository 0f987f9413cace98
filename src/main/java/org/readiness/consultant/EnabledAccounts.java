package org.readiness.consultant;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

import java.util.function.Supplier;

/**
 * Added to every role check of the services: the signed-in account must still exist and be enabled, so that a page
 * left open by a disabled account can do nothing more, whatever the page.
 */
public class EnabledAccounts implements AuthorizationManager<MethodInvocation> {

    private final ObjectProvider<AccountService> accounts;

    /** Looked up at the first check: the service is itself guarded, so it cannot exist before method security. */
    public EnabledAccounts(ObjectProvider<AccountService> accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, MethodInvocation invocation) {
        Authentication current = authentication.get();
        if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(accounts.getObject().findByUsername(current.getName())
                .filter(Account::enabled).isPresent());
    }
}
