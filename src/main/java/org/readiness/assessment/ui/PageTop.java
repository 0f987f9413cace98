package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.H1;

/**
 * A page of the wizard opens at its top with the focus on its heading: Vaadin keeps the scroll position of the page
 * before, so without this a step opened from the bottom of the last one would open far down on a phone, and a
 * screen reader would start nowhere.
 */
final class PageTop {

    private PageTop() {
    }

    static void show(H1 heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        // The browser answers once it is there. Vaadin keeps each UI's last response until the UI's next request (to
        // send it again if asked), and a page's first response is its largest (40-55 KB of text): this small round
        // trip lets the server drop it while the user reads, about 100 KB a session.
        heading.getElement().executeJs("window.scrollTo(0, 0); this.focus({preventScroll: true}); return true")
                .then(Boolean.class, shown -> { });
    }
}
