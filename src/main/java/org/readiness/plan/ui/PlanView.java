package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.base.ui.Languages;
import org.readiness.plan.PlanService;

import java.util.Optional;

/** A plan's page: found by its place (the merchant's link or the consultant's client), then laid out by {@link PlanPage}. */
abstract class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanOutputs outputs;
    private final PlanRoute route;

    PlanView(PlanService plans, PlanAccess access, PlanOutputs outputs, PlanRoute route) {
        this.plans = plans;
        this.access = access;
        this.outputs = outputs;
        this.route = route;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanSubject> subject = access.find(route, event.getRouteParameters(), Languages.current());
        if (subject.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(subject.get().clientName() == null ? getTranslation("plan.heading")
                : getTranslation("plan.heading.client", subject.get().clientName()));
        Anchor back = new Anchor(subject.get().place().backLocation(),
                getTranslation(subject.get().place().consultant() ? "interview.back-to-client" : "plan.back-to-result"));
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("plan.intro"));
        intro.addClassName("plan-intro");
        add(back, heading, intro, new PlanPage(subject.get(), plans, access, outputs));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("plan.page-title");
    }
}
