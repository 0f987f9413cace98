package org.readiness.plan.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;

import java.util.Optional;

/** A checkpoint meeting of the merchant's own plan, behind their resume link. */
@Route(value = "plan/:token/checkpoint/:day", layout = MainLayout.class)
@AnonymousAllowed
public class MerchantCheckpointView extends CheckpointView {

    MerchantCheckpointView(PlanAccess access, CheckpointParts parts) {
        super(access, parts);
    }

    @Override
    protected Optional<PlanSubject> find(BeforeEnterEvent event, PlanAccess access, String language) {
        return access.merchant(event.getRouteParameters().get("token").orElse(""), language);
    }
}
