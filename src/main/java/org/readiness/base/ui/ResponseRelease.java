package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page, once the browser shows it, answers the server with one small round trip. Vaadin keeps each page's last
 * response (to send it again if the browser asks) until the page's next request, and the response that opens a page
 * is its largest (40-55 KB of text, held as about 100 KB): without the round trip it stays for as long as the user
 * reads the page.
 */
@Component
class ResponseRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> askForRoundTrip(ui));
        });
    }

    static void askForRoundTrip(UI ui) {
        ui.getPage().executeJs("return true").then(Boolean.class, shown -> { });
    }
}
