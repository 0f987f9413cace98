package org.readiness.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.readiness.base.ReadinessProperties;
import org.readiness.base.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses API request bodies over {@code readiness.api.max-body} (1 MB) with a 413 problem, whether they announce
 * their length or not.
 */
@Component
class ApiRequestLimits extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final long maxBody;

    ApiRequestLimits(ObjectMapper json, ReadinessProperties properties) {
        this.json = json;
        this.maxBody = properties.api().maxBody().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            tooLarge(response);
            return;
        }
        try {
            chain.doFilter(BodyLimit.capped(request, maxBody), response);
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

    static ProblemDetail tooLargeProblem(long maxBody) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBody / 1024 + " KB.");
        problem.setTitle("Request body too large");
        return problem;
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemDetail problem = tooLargeProblem(maxBody);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
