package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser session no one is signed in to is let go soon after its last page closes; a consultant's is not. */
class SessionReleaseTest extends KaribuTest {

    private static final int FULL_TIME = 30 * 60;
    private static final int AFTER_LAST_PAGE = 2 * 60;

    @Test
    void an_open_page_keeps_its_session_for_the_full_time() {
        assertThat(secondsKept()).isEqualTo(FULL_TIME);
    }

    @Test
    void a_visitors_session_is_kept_two_minutes_once_its_last_page_is_closed() {
        VaadinSession session = VaadinSession.getCurrent();
        closeThePage();

        assertThat(session.getSession().getMaxInactiveInterval()).isEqualTo(AFTER_LAST_PAGE);
    }

    @Test
    void a_page_opened_again_gives_the_session_back_its_full_time() {
        VaadinSession session = VaadinSession.getCurrent();
        closeThePage();

        UI again = new UI();
        again.getInternals().setSession(session);
        session.getService().fireUIInitListeners(again);

        assertThat(session.getSession().getMaxInactiveInterval()).isEqualTo(FULL_TIME);
    }

    @Test
    void a_signed_in_consultants_session_keeps_its_full_time_when_a_tab_is_closed() {
        loginAs("consultant-1", "CONSULTANT");
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        closeThePage();

        assertThat(session.getSession().getMaxInactiveInterval()).isEqualTo(FULL_TIME);
    }

    private static void closeThePage() {
        UI ui = UI.getCurrent();
        ui.close();
        VaadinSession.getCurrent().removeUI(ui);
    }

    private static int secondsKept() {
        return VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
    }
}
