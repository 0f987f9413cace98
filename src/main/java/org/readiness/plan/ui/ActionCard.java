package org.readiness.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.plan.Person;
import org.readiness.plan.PlanService;
import org.readiness.plan.PlannedAction;
import org.readiness.plan.Status;
import org.readiness.questionnaire.Action;

import java.util.Locale;
import java.util.Optional;

/**
 * One action: ticked into the plan or not, with its reason, effort and what it alone would win overall; once in the
 * plan, its owner (a person named in the plan, any name, or left to its role), due date, status and notes.
 */
class ActionCard extends Div {

    private final PlanPage page;
    private final Action action;
    private final Div details = new Div();

    ActionCard(PlanPage page, Action action, double gain, boolean triggered) {
        this.page = page;
        this.action = action;
        addClassName("plan-action");
        getElement().setAttribute("data-action", action.id());
        String language = Languages.current();
        Checkbox chosen = new Checkbox(action.title().in(language));
        chosen.addClassName("plan-action-chosen");
        chosen.setValue(planned().isPresent());
        chosen.addValueChangeListener(change -> choose(change.getValue()));
        Paragraph reason = new Paragraph(action.reason().in(language));
        reason.addClassName("plan-action-reason");
        Span effort = new Span(getTranslation("plan.effort." + action.effortOrDefault().id()));
        effort.addClassName("plan-effort");
        effort.getElement().getThemeList().add("badge contrast");
        Span wins = new Span(triggered ? getTranslation("plan.actions.gain", String.format(
                Locale.forLanguageTag(language), "%.1f", gain)) : getTranslation("plan.actions.not-triggered"));
        wins.addClassName("plan-gain");
        Div facts = new Div(effort, wins);
        facts.addClassName("plan-action-facts");
        details.addClassName("plan-action-details");
        add(chosen, facts, reason, details);
        showDetails();
    }

    private Optional<PlannedAction> planned() {
        return page.subject().plan().action(action.id());
    }

    private void choose(boolean chosen) {
        page.plans().choose(page.subject().plan(), page.subject().questionnaire(), action, chosen);
        page.changed(true);
        showDetails();
    }

    private void showDetails() {
        details.removeAll();
        planned().ifPresent(planned -> details.add(owner(planned), due(planned), status(planned), notes(planned)));
        details.setVisible(planned().isPresent());
    }

    private ComboBox<String> owner(PlannedAction planned) {
        ComboBox<String> owner = new ComboBox<>(getTranslation("plan.action.owner"));
        owner.setAriaLabel(getTranslation("plan.action.owner-of", title()));
        owner.setItems(page.subject().plan().people().stream().map(Person::name).toList());
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(custom -> owner.setValue(custom.getDetail()));
        owner.setPlaceholder(roleLabel(planned.ownerRole()));
        owner.setHelperText(getTranslation("plan.action.owner-help"));
        owner.setValue(planned.ownerName());
        owner.addValueChangeListener(change -> {
            String name = change.getValue() == null ? "" : change.getValue().strip();
            if (name.codePointCount(0, name.length()) > PlanService.NAME_LIMIT) {
                owner.setErrorMessage(getTranslation("plan.name-too-long", PlanService.NAME_LIMIT));
                owner.setInvalid(true);
                return;
            }
            owner.setInvalid(false);
            store(current -> with(current, change.getValue(), current.due(), current.status(), current.notes()));
        });
        owner.addClassName("plan-owner");
        return owner;
    }

    private DatePicker due(PlannedAction planned) {
        DatePicker due = new DatePicker(getTranslation("plan.action.due"), planned.due());
        due.setAriaLabel(getTranslation("plan.action.due-of", title()));
        due.setLocale(Locale.forLanguageTag(Languages.current()));
        // A typed date is taken on Enter or on leaving the field; the calendar opens from its button.
        due.setAutoOpen(false);
        due.addValueChangeListener(change -> store(current -> with(current, current.ownerName(), change.getValue(),
                current.status(), current.notes())));
        due.addClassName("plan-due");
        return due;
    }

    private Select<Status> status(PlannedAction planned) {
        Select<Status> status = new Select<>();
        status.setLabel(getTranslation("plan.action.status"));
        status.setAriaLabel(getTranslation("plan.action.status-of", title()));
        status.setItems(Status.values());
        status.setItemLabelGenerator(each -> getTranslation("plan.status." + each.name().toLowerCase(Locale.ROOT)));
        status.setValue(planned.status());
        status.addValueChangeListener(change -> store(current -> with(current, current.ownerName(), current.due(),
                change.getValue(), current.notes())));
        status.addClassName("plan-status");
        return status;
    }

    private TextArea notes(PlannedAction planned) {
        TextArea notes = new TextArea(getTranslation("plan.action.notes"));
        notes.setAriaLabel(getTranslation("plan.action.notes-of", title()));
        notes.setValue(planned.notes());
        notes.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        notes.setHelperText(getTranslation("plan.text-limit", PlanService.TEXT_LIMIT));
        notes.addValueChangeListener(change -> {
            if (change.getValue().codePointCount(0, change.getValue().length()) > PlanService.TEXT_LIMIT) {
                notes.setErrorMessage(getTranslation("save.too-long", PlanService.TEXT_LIMIT));
                notes.setInvalid(true);
                return;
            }
            notes.setInvalid(false);
            store(current -> with(current, current.ownerName(), current.due(), current.status(), change.getValue()));
        });
        notes.addClassName("plan-notes");
        return notes;
    }

    private void store(java.util.function.UnaryOperator<PlannedAction> change) {
        planned().ifPresent(current -> {
            page.plans().update(page.subject().plan(), change.apply(current));
            page.changed(false);
        });
    }

    private static PlannedAction with(PlannedAction current, @Nullable String owner, java.time.@Nullable LocalDate due,
                                      Status status, String notes) {
        return new PlannedAction(current.actionId(), current.position(), owner, current.ownerRole(), due, status, notes,
                current.doneAt());
    }

    private String title() {
        return action.title().in(Languages.current());
    }

    private String roleLabel(@Nullable String roleId) {
        return roleId == null ? getTranslation("plan.action.no-owner") : page.subject().questionnaire().role(roleId)
                .map(role -> role.label().in(Languages.current())).orElse(roleId);
    }
}
