package org.readiness.consultant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a signed-in session at its next request once its account is disabled or its password has changed, whichever
 * instance made the change: every request, Vaadin's own (UIDL, heartbeat, downloads) included, comes through here.
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
        if (session != null && isRevoked(SecurityContextHolder.getContext().getAuthentication())) {
            log.info("Ending a session of \"{}\": the account was disabled or its password changed",
                    SecurityContextHolder.getContext().getAuthentication().getName());
            SecurityContextHolder.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isRevoked(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        String credentials = authentication.getDetails() instanceof SignIn signIn ? signIn.credentials() : null;
        try {
            return !accounts.maySessionContinue(authentication.getName(), credentials);
        } catch (DataAccessException outage) {
            log.debug("Could not check the session's account", outage);
            return false;
        }
    }
}
