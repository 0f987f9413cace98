package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page asks the browser for one small round trip once it is shown, so that Vaadin lets go of the page's large
 * opening response while the user reads.
 */
class ResponseReleaseTest extends KaribuTest {

    @Test
    void every_page_asks_the_browser_to_answer_once_it_is_shown() {
        for (String page : List.of("", "login", "team/join", "resume/no-such-token")) {
            UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
            navigate(page);

            assertThat(UI.getCurrent().getInternals().containsPendingJavascript("return true")).as(page).isTrue();
        }
    }
}
