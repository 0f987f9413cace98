package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.readiness.base.ReadinessProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A browser session no one is signed in to goes soon after its last page: when the last tab is closed (Vaadin closes
 * a page on the browser's unload beacon, or after missed heartbeats), the session is kept only
 * {@code readiness.sessions.keep-after-last-page} for a reload or the link opened again, instead of the full session
 * timeout with everything it holds. A page that opens in it again gives it back its full time. A consultant's
 * session keeps its full time: closing a tab does not sign anyone out.
 */
@Component
class SessionRelease implements VaadinServiceInitListener {

    private final int keepAfterLastPage;
    private final int fullTime;

    SessionRelease(ReadinessProperties properties, ServerProperties server) {
        this.keepAfterLastPage = seconds(properties.sessions().keepAfterLastPage());
        Duration timeout = server.getServlet().getSession().getTimeout();
        this.fullTime = seconds(timeout == null ? Duration.ofMinutes(30) : timeout);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinSession session = ui.getSession();
            keep(session, fullTime);
            ui.addDetachListener(detach -> {
                try {
                    if (isLastPage(session, ui) && !isSignedIn(session)) {
                        keep(session, keepAfterLastPage);
                    }
                } catch (IllegalStateException alreadyEnded) {
                    // The session itself is ending (it timed out or was signed out of): nothing left to keep.
                }
            });
        });
    }

    private static boolean isLastPage(VaadinSession session, UI closing) {
        return session.getUIs().stream().allMatch(ui -> ui == closing || ui.isClosing());
    }

    private static boolean isSignedIn(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        return wrapped != null
                && wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private static void keep(VaadinSession session, int seconds) {
        WrappedSession wrapped = session.getSession();
        if (wrapped != null && wrapped.getMaxInactiveInterval() != seconds) {
            wrapped.setMaxInactiveInterval(seconds);
        }
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, duration.toSeconds());
    }
}
