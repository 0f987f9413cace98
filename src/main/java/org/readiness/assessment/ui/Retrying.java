package org.readiness.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Tries something again every few seconds while the database cannot be reached, by polling the page's UI: the
 * page stays free meanwhile, and one try at a time runs, in the UI's lock.
 */
public final class Retrying {

    /** How often a try is repeated. */
    static final int EVERY_MILLIS = 3000;

    private Registration poll;

    public boolean isOn() {
        return poll != null;
    }

    /** Starts trying every few seconds, unless it already does; nothing without a current UI. */
    public void start(Runnable attempt) {
        UI ui = UI.getCurrent();
        if (poll == null && ui != null) {
            ui.setPollInterval(EVERY_MILLIS);
            poll = ui.addPollListener(event -> attempt.run());
        }
    }

    public void stop() {
        if (poll != null) {
            poll.remove();
            poll = null;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }
}
