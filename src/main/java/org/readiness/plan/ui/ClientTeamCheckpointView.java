package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;

/** A checkpoint meeting of a consultant's plan made from their client's team assessment. */
@Route(value = "consultant/team-plan/:teamId/checkpoint/:day", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientTeamCheckpointView extends CheckpointView {

    ClientTeamCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts, PlanRoute.CONSULTANT_TEAM);
    }
}
