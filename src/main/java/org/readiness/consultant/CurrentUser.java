package org.readiness.consultant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The logged-in consultant or administrator, as the services see them. */
@Component
public class CurrentUser {

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).filter(Account::enabled);
    }

    /** The current account; a call without one is a programming error guarded by the annotations. */
    Account require() {
        return get().orElseThrow(NotAllowed::new);
    }
}
