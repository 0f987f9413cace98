package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.plan.PlanService;

/** A consultant's plan with their client, made from one of the client's team assessments. */
@Route(value = "consultant/team-plan/:teamId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class ClientTeamPlanView extends PlanView {

    ClientTeamPlanView(PlanService plans, PlanAccess access, PlanOutputs outputs) {
        super(plans, access, outputs, PlanRoute.CONSULTANT_TEAM);
    }
}
