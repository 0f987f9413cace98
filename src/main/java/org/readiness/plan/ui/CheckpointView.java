package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.readiness.base.ui.Languages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A checkpoint meeting's page, for one day of the plan's series: found by its plan's address, laid out by
 * {@link CheckpointPage}, again in the new language when the user switches.
 */
abstract class CheckpointView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PlanAccess access;
    private final CheckpointParts parts;
    private final PlanRoute route;
    private PlanSubject shown;
    private LocalDate shownDay;

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
        shown = subject.get();
        shownDay = day.get();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shown != null) {
            shown = shown.with(access.reload(shown));
            render();
        }
    }

    private void render() {
        removeAll();
        add(new CheckpointPage(shown, shownDay, parts));
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
