package org.readiness.consultant.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.consultant.NotAllowed;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A consultant's page opened by the id in its address: an id that is not a number, or names a record that is not
 * the consultant's, gets the not-found page, so nobody learns which ids exist.
 */
final class OwnRecords {

    private OwnRecords() {
    }

    /** The record the route parameter names, or empty once the event is sent to the not-found page. */
    static <T> Optional<T> find(BeforeEnterEvent event, String parameter, LongFunction<T> find) {
        try {
            return Optional.of(find.apply(Long.parseLong(event.getRouteParameters().get(parameter).orElse(""))));
        } catch (NumberFormatException | NotAllowed notYours) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
