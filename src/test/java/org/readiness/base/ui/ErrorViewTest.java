package org.readiness.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A page that fails to open says so plainly and names no exception. */
class ErrorViewTest extends KaribuTest {

    @Test
    void a_page_that_fails_to_open_names_no_exception() {
        navigate("test-only/broken");

        ErrorView page = _get(ErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This page could not be opened");
        assertThat(page.getElement().getTextRecursively())
                .doesNotContain("IllegalStateException", "secret-detail", "Exception", "test-only/broken");
    }

    /** Fails the way an unexpected bug would; exists only in the tests. */
    @Route("test-only/broken")
    @AnonymousAllowed
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("secret-detail");
        }
    }
}
