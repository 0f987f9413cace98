package org.readiness.plan.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.plan.PlanService;

import java.util.Optional;

/** The merchant's own plan, behind the resume link of their finished assessment. */
@Route(value = "plan/:token", layout = MainLayout.class)
@AnonymousAllowed
public class MerchantPlanView extends PlanView {

    MerchantPlanView(PlanService plans, PlanAccess access, PlanOutputs outputs) {
        super(plans, access, outputs);
    }

    @Override
    protected Optional<PlanSubject> find(BeforeEnterEvent event, PlanAccess access, String language) {
        return access.merchant(event.getRouteParameters().get("token").orElse(""), language);
    }
}
