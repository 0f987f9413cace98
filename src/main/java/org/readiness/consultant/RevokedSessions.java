package org.readiness.consultant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Ends a signed-in session at its next request once its account is disabled or its password has changed, whichever
 * instance made the change, and gives it the roles its account holds now (an administrator may have made it an author,
 * or no longer): every request, Vaadin's own (UIDL, heartbeat, downloads) included, comes through here.
 * The request then goes on without a session, so Vaadin answers it with "session expired". When the database cannot
 * be asked, the request goes on as it is: nothing can be saved or read then anyway.
 */
public class RevokedSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);

    private final AccountService accounts;

    public RevokedSessions(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && isSignedIn(authentication)) {
            Check check = check(authentication);
            if (check.revoked()) {
                log.info("Ending a session of \"{}\": the account was disabled or its password changed",
                        authentication.getName());
                SecurityContextHolder.clearContext();
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile
                }
            } else if (check.roles() != null) {
                SessionRoles.update(authentication, check.roles());
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the session must end, else the roles its account holds now (null when the database cannot tell). */
    private Check check(Authentication authentication) {
        String credentials = authentication.getDetails() instanceof SignIn signIn ? signIn.credentials() : null;
        try {
            return accounts.sessionRoles(authentication.getName(), credentials)
                    .map(roles -> new Check(false, roles)).orElse(new Check(true, null));
        } catch (DataAccessException outage) {
            log.debug("Could not check the session's account", outage);
            return new Check(false, null);
        }
    }

    private record Check(boolean revoked, @Nullable List<String> roles) {
    }
}
