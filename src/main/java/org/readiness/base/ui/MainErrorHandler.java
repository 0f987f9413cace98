package org.readiness.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs an unexpected error and tells the user, in their language, that something went wrong (or that the database
 * cannot be reached, when that was it); never shows a stack trace.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        boolean outage = DatabaseOutage.caused(event.getThrowable());
        if (outage) {
            log.warn("The database could not be reached: {}", event.getThrowable().toString());
        } else {
            log.error("An unexpected error happened", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = new Notification(ui.getTranslation(outage ? "error.database"
                        : "error.unexpected"), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.open();
            });
        }
    }
}
