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
        heading.getElement().executeJs("window.scrollTo(0, 0); this.focus({preventScroll: true})");
    }
}
