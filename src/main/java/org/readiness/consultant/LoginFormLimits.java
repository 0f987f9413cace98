package org.readiness.consultant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Guards the login form's POST before Spring Security reads it, so that no request can make the server keep
 * anything: a body over 4 KB gets 413; a post without a session gets 403 (its CSRF token cannot be valid, and
 * checking it would create a session); a name or password longer than any account's goes back to the login page
 * as a failed login, uncounted and unhashed.
 */
public class LoginFormLimits extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 4096;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The login form is too large.");
            return;
        }
        if (request.getSession(false) == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Open the login page and log in from there (the form's security token is missing).");
            return;
        }
        if (!AccountService.fitsLimits(request.getParameter("username"), request.getParameter("password"))) {
            response.sendRedirect(LoginFailure.failedLoginUrl(request, false));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
