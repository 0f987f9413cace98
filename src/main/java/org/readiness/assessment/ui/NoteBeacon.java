package org.readiness.assessment.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Where a page sends the notes it could not save before it was left (a reload, a closed tab): an address that takes
 * {@code question} and {@code text} as a form, and the CSRF token it needs, by name and value.
 */
public record NoteBeacon(String url, String csrfParameter, String csrfToken) {

    /** A beacon to that address with the CSRF token of the request being served; none outside a request. */
    public static @Nullable NoteBeacon to(String url) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return new NoteBeacon(url, token.getParameterName(), token.getToken());
        }
        return null;
    }
}
