package org.readiness.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The consultants' calls ({@code /api/consultant/}) work with a consultant's session and its CSRF token. Without a
 * session they answer 401 at once, before anything would make one (the CSRF check keeps its token in a new session,
 * a refused login remembers the request in one): no API call makes a session.
 */
@Component
class ConsultantApiSessions extends OncePerRequestFilter implements Ordered {

    private final ObjectMapper json;

    ConsultantApiSessions(ObjectMapper json) {
        this.json = json;
    }

    /** Before Spring Security (at -100). */
    @Override
    public int getOrder() {
        return -105;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/consultant/")
                || request.getSession(false) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "This call works with a consultant's session: log in first.");
        problem.setTitle("Not logged in");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
