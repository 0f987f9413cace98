package org.readiness.consultant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;

/**
 * "Client saved.": shown briefly at the top of the page it was saved for, and closed as soon as the user moves on,
 * so that it never covers the interview started next.
 */
final class SavedNotice {

    private SavedNotice() {
    }

    /** Call after any navigation the save leads to: the notice belongs to the page shown now. */
    static void show(UI ui, String text) {
        Notification notice = new Notification(text, 3000, Notification.Position.TOP_CENTER);
        notice.open();
        Registration[] leaving = new Registration[1];
        leaving[0] = ui.addAfterNavigationListener(navigation -> {
            notice.close();
            leaving[0].remove();
        });
    }
}
