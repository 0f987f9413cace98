package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.base.ui.Languages;
import org.readiness.plan.PlanService;

import java.util.Optional;

/**
 * A plan's page: found by its address ({@link PlanRoute}), then laid out by {@link PlanPage}, again in the new
 * language when the user switches.
 */
abstract class PlanView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanOutputs outputs;
    private final PlanRoute route;
    private PlanSubject subject;

    PlanView(PlanService plans, PlanAccess access, PlanOutputs outputs, PlanRoute route) {
        this.plans = plans;
        this.access = access;
        this.outputs = outputs;
        this.route = route;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanSubject> found = access.find(route, event.getRouteParameters(), Languages.current());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        subject = found.get();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (subject != null) {
            subject = subject.with(access.reload(subject));
            render();
        }
    }

    private void render() {
        removeAll();
        H1 heading = new H1(subject.clientName() == null ? getTranslation("plan.heading")
                : getTranslation("plan.heading.client", subject.clientName()));
        Anchor back = new Anchor(subject.place().backLocation(),
                getTranslation(subject.place().consultant() ? "interview.back-to-client" : "plan.back-to-result"));
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("plan.intro"));
        intro.addClassName("plan-intro");
        add(back, heading, intro, new PlanPage(subject, plans, access, outputs));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.page-title");
    }
}
