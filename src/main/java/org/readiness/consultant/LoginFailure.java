package org.readiness.consultant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the login page with the reason in the address ({@code ?error}, or {@code ?error=locked}); unlike
 * Spring's default it keeps nothing in the session (the exception there held the attempted name, of any length).
 */
public class LoginFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(failedLoginUrl(request, exception instanceof LockedException));
    }

    static String failedLoginUrl(HttpServletRequest request, boolean locked) {
        return request.getContextPath() + "/login?error" + (locked ? "=locked" : "");
    }
}
