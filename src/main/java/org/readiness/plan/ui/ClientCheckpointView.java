package org.readiness.plan.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;

import java.util.Optional;

/** A checkpoint meeting of a consultant's plan with their client. */
@Route(value = "consultant/plan/:assessmentId/checkpoint/:day", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientCheckpointView extends CheckpointView {

    ClientCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts);
    }

    @Override
    protected Optional<PlanSubject> find(BeforeEnterEvent event, PlanAccess access, String language) {
        try {
            return access.consultant(Long.parseLong(event.getRouteParameters().get("assessmentId").orElse("")),
                    language);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
