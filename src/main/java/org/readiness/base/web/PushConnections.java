package org.readiness.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.Action;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.AtmosphereInterceptorAdapter;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceEvent;
import org.atmosphere.cpr.AtmosphereResourceEventListenerAdapter;
import org.atmosphere.cpr.AtmosphereResourceImpl;
import jakarta.servlet.http.HttpSession;
import org.readiness.base.ReadinessProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The push connections open on this instance (the team page's live updates), counted as Vaadin's push library
 * (Atmosphere) opens and closes them, at most {@code readiness.push.max-per-session} per browser session and
 * {@code readiness.push.max-total} in all. {@link PushGate} asks before a connection is let in; a connection that
 * gets in past the limits all the same (many at once) is closed here as it opens. The pages send their changes by
 * plain requests (Vaadin's WebSocket+XHR transport), so a message that arrives over the WebSocket is refused and its
 * connection closed: nothing a hand-made client sends that way piles up in the session.
 */
@Component
public class PushConnections extends AtmosphereInterceptorAdapter implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PushConnections.class);

    private final int maxPerSession;
    private final int maxTotal;
    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final RefusalLog refusals = new RefusalLog();

    PushConnections(ReadinessProperties properties) {
        this.maxPerSession = properties.push().maxPerSession();
        this.maxTotal = properties.push().maxTotal();
    }

    /** Why a session may not open another push connection now; null when it may. */
    synchronized String noRoomFor(String sessionId) {
        forgetClosed();
        if (open.size() >= maxTotal) {
            return "total";
        }
        long ofSession = open.values().stream().filter(each -> each.sessionId().equals(sessionId)).count();
        return ofSession >= maxPerSession ? "session" : null;
    }

    /** How many are open now. */
    public synchronized int count() {
        forgetClosed();
        return open.size();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        String name = JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName());
        if (service.getServlet().getServletContext().getAttribute(name) instanceof AtmosphereFramework atmosphere) {
            atmosphere.interceptor(this);
        } else {
            log.warn("Push connections are not counted: Vaadin's push library is not set up at start-up here");
        }
    }

    @Override
    public Action inspect(AtmosphereResource resource) {
        String method = resource.getRequest().getMethod();
        boolean websocket = resource.transport() == AtmosphereResource.TRANSPORT.WEBSOCKET;
        if (websocket && "POST".equals(method) && !isDevelopersWindow(resource)) {
            // Each message comes as a resource of its own; the connection's is the one that closes the socket.
            Open connection = open.get(resource.uuid());
            return refuse(connection == null ? resource : connection.resource(), "a message over the push WebSocket");
        }
        if ("GET".equals(method) && !opened(resource)) {
            return refuse(resource, "a push connection over the limits");
        }
        return Action.CONTINUE;
    }

    private synchronized boolean opened(AtmosphereResource resource) {
        HttpSession session = resource.getRequest().getSession(false);
        String sessionId = session == null ? "" : session.getId();
        if (!open.containsKey(resource.uuid()) && noRoomFor(sessionId) != null) {
            return false;
        }
        Open opened = new Open(resource, sessionId);
        open.put(resource.uuid(), opened);
        resource.addEventListener(new Closing(resource.uuid(), opened));
        return true;
    }

    /** Closes whose events never came (a connection dropped mid-way) are found by asking each connection. */
    private void forgetClosed() {
        open.values().removeIf(each -> each.resource().isCancelled()
                || each.resource() instanceof AtmosphereResourceImpl impl && !impl.isInScope());
    }

    private Action refuse(AtmosphereResource resource, String what) {
        refusals.refused(what, "a push connection's client");
        try {
            resource.close();
        } catch (IOException e) {
            log.debug("Could not close a refused push connection", e);
        }
        return Action.CANCELLED;
    }

    /** Vaadin's developer tools (live reload) talk over the push channel, while developing only (PushGate checks). */
    private static boolean isDevelopersWindow(AtmosphereResource resource) {
        return resource.getRequest().getParameter(PushGate.DEVELOPERS_WINDOW) != null;
    }

    private record Open(AtmosphereResource resource, String sessionId) {
    }

    private final class Closing extends AtmosphereResourceEventListenerAdapter {

        private final String uuid;
        private final Open opened;

        /** A long poll's next request comes with the same id: only this one's entry goes. */
        Closing(String uuid, Open opened) {
            this.uuid = uuid;
            this.opened = opened;
        }

        @Override
        public void onResume(AtmosphereResourceEvent event) {
            open.remove(uuid, opened);
        }

        @Override
        public void onDisconnect(AtmosphereResourceEvent event) {
            open.remove(uuid, opened);
        }

        @Override
        public void onClose(AtmosphereResourceEvent event) {
            open.remove(uuid, opened);
        }
    }
}
