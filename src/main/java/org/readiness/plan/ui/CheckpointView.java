package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.base.ui.Languages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A checkpoint meeting's page, for one day of the plan's series: found by its plan's place, laid out by {@link CheckpointPage}. */
abstract class CheckpointView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanAccess access;
    private final CheckpointParts parts;
    private final PlanRoute route;

    CheckpointView(PlanAccess access, CheckpointParts parts, PlanRoute route) {
        this.access = access;
        this.parts = parts;
        this.route = route;
        addClassName("checkpoint-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanSubject> subject = access.find(route, event.getRouteParameters(), Languages.current());
        Optional<LocalDate> day = day(event.getRouteParameters().get("day").orElse(""));
        boolean meeting = subject.isPresent() && day.isPresent() && subject.get().plan().rhythm() != null
                && subject.get().plan().rhythm().meetings().stream()
                .anyMatch(each -> each.toLocalDate().equals(day.get()));
        if (!meeting) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new CheckpointPage(subject.get(), day.get(), parts));
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("plan.checkpoint.page-title");
    }
}
