package org.readiness.base.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a push connection in (the WebSocket upgrade, or a long poll) only for a page that uses push: the request's
 * session must be alive and hold that UI, the UI must have push on and the request must carry the session's push id.
 * Anything else is refused with 403 before the upgrade, so it holds nothing; Vaadin itself would accept the upgrade
 * and keep the connection to tell the other end that its session has expired. Past the limits of
 * {@link PushConnections} the answer is 429 (this session has enough) or 503 (this instance has enough).
 */
@Component
class PushGate extends OncePerRequestFilter implements Ordered {

    /** Marks the connection of Vaadin's developer tools, which exist only while developing. */
    static final String DEVELOPERS_WINDOW = "debug_window";

    private final ObjectProvider<PushConnections> connections;
    private final RefusalLog refusals = new RefusalLog();

    /** The connections are counted where Vaadin runs (not in a test of the API alone). */
    PushGate(ObjectProvider<PushConnections> connections) {
        this.connections = connections;
    }

    @Override
    public int getOrder() {
        return PageRequestLimits.ORDER + 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !VaadinRequests.isPushPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession http = request.getSession(false);
        VaadinSession session = http == null ? null
                : VaadinSession.getAllSessions(http).stream().findFirst().orElse(null);
        String refusal = session == null ? "without a live session" : whyNot(request, session);
        if (session == null && "long-polling".equals(request.getParameter("X-Atmosphere-Transport"))) {
            refreshAndClose(request, response);
            return;
        }
        if (refusal != null) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "a push connection " + refusal);
            return;
        }
        PushConnections open = connections.getIfAvailable();
        String full = open == null ? null : open.noRoomFor(http.getId());
        if (full != null) {
            boolean forSession = full.equals("session");
            response.setHeader("Retry-After", "60");
            refuse(request, response, forSession ? 429 : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "a push connection over the limit " + (forSession ? "of its session" : "of this instance"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the session may not connect this UI; null when it may. */
    private static String whyNot(HttpServletRequest request, VaadinSession session) {
        if (request.getParameter(DEVELOPERS_WINDOW) != null) {
            return session.getService().getDeploymentConfiguration().isProductionMode()
                    ? "for developer tools in production" : null;
        }
        int uiId;
        try {
            uiId = Integer.parseInt(VaadinRequests.parameter(request, "v-uiId"));
        } catch (NumberFormatException e) {
            return "without a UI";
        }
        session.lock();
        try {
            UI ui = session.getUIById(uiId);
            if (ui == null) {
                return "for a UI that does not exist";
            }
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                return "for a page that does not use push";
            }
            return samePushId(request.getParameter("v-pushId"), session.getPushId()) ? null : "with a wrong push id";
        } finally {
            session.unlock();
        }
    }

    private static boolean samePushId(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page left open while its server restarted comes back by itself: its WebSocket is refused (no session), Vaadin's
     * client falls back to a long poll, and that is answered at once, as Vaadin answers a push for an expired session,
     * with a notice that makes the page load anew. Nothing is held.
     */
    private void refreshAndClose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refusals.refused("a push connection without a live session (told to reload)", request.getRemoteAddr());
        String notice = com.vaadin.flow.server.VaadinService.createCriticalNotificationJSON(null, null, null, null);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((notice.length() + "|" + notice).getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String what)
            throws IOException {
        refusals.refused(what, request.getRemoteAddr());
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Refused: " + what + ".").getBytes(StandardCharsets.UTF_8));
    }
}
