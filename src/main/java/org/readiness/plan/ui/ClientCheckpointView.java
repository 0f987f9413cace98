package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;

/** A checkpoint meeting of a consultant's plan with their client. */
@Route(value = "consultant/plan/:assessmentId/checkpoint/:day", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientCheckpointView extends CheckpointView {

    ClientCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts, PlanRoute.CONSULTANT);
    }
}
