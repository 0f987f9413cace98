package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.plan.PlanService;

/** A team's plan, behind its coordinator's link: made from the answers sent so far. */
@Route(value = "team/:token/plan", layout = MainLayout.class)
@AnonymousAllowed
public class TeamPlanView extends PlanView {

    TeamPlanView(PlanService plans, PlanAccess access, PlanOutputs outputs) {
        super(plans, access, outputs, PlanRoute.COORDINATOR);
    }
}
