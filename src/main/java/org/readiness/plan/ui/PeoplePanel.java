package org.readiness.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.readiness.plan.Person;
import org.readiness.plan.PlanService;

/** The people the plan names, the columns of who owns what: renamed in place, added and removed. */
class PeoplePanel extends Div {

    private final PlanPage page;

    PeoplePanel(PlanPage page) {
        this.page = page;
        addClassName("plan-people");
        add(new H2(getTranslation("plan.people.heading")), new Paragraph(getTranslation("plan.people.intro")));
        for (Person person : page.subject().plan().people()) {
            add(row(person));
        }
        TextField name = new TextField(getTranslation("plan.people.new"));
        name.setHelperText(getTranslation("plan.name-limit", PlanService.NAME_LIMIT));
        name.addClassName("plan-person-new");
        Button add = new Button(getTranslation("plan.people.add"), click -> {
            if (fits(name) && !name.getValue().isBlank()) {
                page.plans().addPerson(page.subject().plan(), name.getValue(), null);
                page.changed(true);
            }
        });
        add.addClassName("plan-person-add");
        Div adding = new Div(name, add);
        adding.addClassName("toolbar");
        add(adding);
    }

    private Div row(Person person) {
        TextField name = new TextField(getTranslation("plan.people.name"));
        name.setValue(person.name());
        name.setAriaLabel(getTranslation("plan.people.name-of", person.name()));
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        name.addValueChangeListener(change -> {
            if (change.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("plan.people.name-needed"));
                name.setInvalid(true);
                return;
            }
            if (!fits(name)) {
                return;
            }
            page.plans().renamePerson(page.subject().plan(), person.id(), change.getValue());
            page.changed(true);
        });
        Button remove = new Button(getTranslation("plan.people.remove"), click -> {
            page.plans().removePerson(page.subject().plan(), person.id());
            page.changed(true);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("plan.people.remove-of", person.name()));
        Div row = new Div(name, remove);
        row.addClassNames("toolbar", "plan-person");
        return row;
    }

    /** A name over the limit is refused with the limit said, never cut. */
    private boolean fits(TextField name) {
        boolean fits = name.getValue().strip().codePointCount(0, name.getValue().strip().length())
                <= PlanService.NAME_LIMIT;
        name.setErrorMessage(fits ? null : getTranslation("plan.name-too-long", PlanService.NAME_LIMIT));
        name.setInvalid(!fits);
        return fits;
    }
}
