package org.readiness.consultant.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.consultant.ClientInterviews;

import java.util.Arrays;
import java.util.Optional;

/**
 * A link to an assessment that is not there (any more): when it was one of the consultant's interviews' and has been
 * deleted, the client's page says what happened; anything else gets the not-found page.
 */
final class StaleLinks {

    private StaleLinks() {
    }

    static void toClientOrNotFound(BeforeEnterEvent event, ClientInterviews interviews, String... assessmentIds) {
        Optional<DeletedAssessment> deleted = Arrays.stream(assessmentIds)
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(id -> interviews.deletedAssessment(Long.parseLong(id)))
                .flatMap(Optional::stream)
                .findFirst();
        if (deleted.isPresent()) {
            event.forwardTo(ClientView.location(deleted.get().clientId()));
        } else {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
