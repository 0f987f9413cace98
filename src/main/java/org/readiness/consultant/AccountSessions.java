package org.readiness.consultant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions of this instance by account, so that disabling an account or resetting its password ends
 * them at once: an invalidated HTTP session ends Vaadin's open pages too, whose next request gets "session
 * expired". Sessions on other instances end at their next request, see {@link RevokedSessions}.
 */
@Component
public class AccountSessions implements SessionAuthenticationStrategy, HttpSessionListener {

    private final Map<HttpSession, String> owners = new ConcurrentHashMap<>();

    /** Called by Spring Security at each login. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            owners.put(session, normalise(authentication.getName()));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        owners.remove(event.getSession());
    }

    /**
     * Ends every session of the account. When {@code newCredentials} is given and the account is the current
     * user's, the current session goes on, signed in with the new password; otherwise it ends too.
     */
    void endAll(String username, @Nullable String newCredentials) {
        String owner = normalise(username);
        String current = currentSessionId();
        boolean keepCurrent = newCredentials != null && keepSignedIn(owner, newCredentials);
        owners.forEach((session, name) -> {
            if (!name.equals(owner)) {
                return;
            }
            String id;
            try {
                id = session.getId();
            } catch (IllegalStateException alreadyInvalid) {
                owners.remove(session);
                return;
            }
            if (keepCurrent && id.equals(current)) {
                return;
            }
            owners.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        });
    }

    /** Gives the current login the new password's fingerprint, when the current user is the account. */
    private static boolean keepSignedIn(String owner, String newCredentials) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !owner.equals(normalise(authentication.getName()))
                || !(authentication.getDetails() instanceof SignIn signIn)) {
            return false;
        }
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authentication.getAuthorities());
        renewed.setDetails(new SignIn(signIn.address(), newCredentials));
        // The context object is the one kept in the HTTP session, so the session keeps the renewed login.
        SecurityContextHolder.getContext().setAuthentication(renewed);
        return true;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
