package org.readiness.plan.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;

/** A checkpoint meeting of the merchant's own plan, behind their resume link. */
@Route(value = "plan/:token/checkpoint/:day", layout = MainLayout.class)
@AnonymousAllowed
public class MerchantCheckpointView extends CheckpointView {

    MerchantCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts, PlanRoute.MERCHANT);
    }
}
