package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;

/** A checkpoint meeting of a team's plan, behind its coordinator's link. */
@Route(value = "team/:token/plan/checkpoint/:day", layout = MainLayout.class)
@AnonymousAllowed
public class TeamCheckpointView extends CheckpointView {

    TeamCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts, PlanRoute.COORDINATOR);
    }
}
