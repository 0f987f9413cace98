package org.readiness.plan.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;

import java.util.Optional;

/** A checkpoint meeting of a consultant's plan made from their client's team assessment. */
@Route(value = "consultant/team-plan/:teamId/checkpoint/:day", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientTeamCheckpointView extends CheckpointView {

    ClientTeamCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts);
    }

    @Override
    protected Optional<PlanSubject> find(BeforeEnterEvent event, PlanAccess access, String language) {
        try {
            return access.consultantTeam(Long.parseLong(event.getRouteParameters().get("teamId").orElse("")), language);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
