package org.readiness;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy: scripts only from the app itself or inline with this response's nonce, which Vaadin's
 * bootstrap page gets on each of its own inline scripts; an injected {@code <script>}, event handler attribute or
 * {@code javascript:} address does not run. What stays and why (README, "Running in production"):
 * {@code 'unsafe-eval'}, because Vaadin 24's client turns the JavaScript the server sends ({@code executeJs}, event
 * data) into functions; {@code style-src 'unsafe-inline'}, for the styles of Lumo and the web components.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
                + "object-src 'none'";
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy(nonce(request)));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                page.getDocument().select("script").attr("nonce", nonce(request.getHttpServletRequest()));
            }
        });
    }

    /** One nonce per request, shared by the header and the page, whichever asks first. */
    private static String nonce(HttpServletRequest request) {
        Object nonce = request.getAttribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        return (String) nonce;
    }
}
