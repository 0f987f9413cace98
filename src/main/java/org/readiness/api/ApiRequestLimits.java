package org.readiness.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.readiness.base.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Refuses API request bodies over 1 MB with a 413 problem, whether they announce their length or not. */
@Component
class ApiRequestLimits extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper json;

    ApiRequestLimits(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(response);
            return;
        }
        try {
            chain.doFilter(BodyLimit.capped(request, MAX_BODY_BYTES), response);
        } catch (BodyLimit.TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response);
            }
        } catch (ServletException e) {
            if (e.getCause() instanceof BodyLimit.TooLarge && !response.isCommitted()) {
                response.reset();
                tooLarge(response);
            } else {
                throw e;
            }
        }
    }

    static ProblemDetail tooLargeProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
        problem.setTitle("Request body too large");
        return problem;
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemDetail problem = tooLargeProblem();
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
