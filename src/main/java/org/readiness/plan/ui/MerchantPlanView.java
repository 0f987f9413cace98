package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.plan.PlanService;

/** The merchant's own plan, behind the resume link of their finished assessment. */
@Route(value = "plan/:token", layout = MainLayout.class)
@AnonymousAllowed
public class MerchantPlanView extends PlanView {

    MerchantPlanView(PlanService plans, PlanAccess access, PlanOutputs outputs) {
        super(plans, access, outputs, PlanRoute.MERCHANT);
    }
}
