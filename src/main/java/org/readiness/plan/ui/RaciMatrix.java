package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.readiness.base.ui.Languages;
import org.readiness.plan.Person;
import org.readiness.plan.Raci;
import org.readiness.plan.RaciCheck;
import org.readiness.plan.RaciRows;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/**
 * Who owns what: the areas and the plan's actions against its people, each cell Responsible, Accountable, Consulted,
 * Informed or empty; every row needs exactly one Accountable, and the page says which rows do not have one.
 */
class RaciMatrix extends Div {

    private static final String EMPTY = "";
    private final PlanPage page;

    RaciMatrix(PlanPage page) {
        this.page = page;
        addClassName("plan-raci");
        StoredPlan plan = page.subject().plan();
        Questionnaire questionnaire = page.subject().questionnaire();
        List<String> rows = RaciRows.of(questionnaire, plan.actions());
        add(new H2(getTranslation("plan.raci.heading")), new Paragraph(getTranslation("plan.raci.intro")),
                check(rows, plan, questionnaire));
        NativeTable table = new NativeTable();
        table.addClassName("raci-table");
        NativeTableRow head = new NativeTableRow();
        // Each person heads a column and each row has its header, which a screen reader says with every cell.
        head.addHeaderCell().getElement().setText(getTranslation("plan.raci.row")).setAttribute("scope", "col");
        plan.people().forEach(person -> head.addHeaderCell().getElement().setText(person.name())
                .setAttribute("scope", "col"));
        table.getHead().add(head);
        for (String row : rows) {
            NativeTableRow line = new NativeTableRow();
            line.getElement().setAttribute("data-row", row);
            line.addHeaderCell().getElement().setText(rowName(questionnaire, row)).setAttribute("scope", "row");
            for (Person person : plan.people()) {
                line.addDataCell().add(cell(plan, row, person, questionnaire));
            }
            table.getBody().add(line);
        }
        Div scroller = new Div(table);
        scroller.addClassName("raci-scroller");
        add(scroller);
    }

    private Select<String> cell(StoredPlan plan, String row, Person person, Questionnaire questionnaire) {
        Select<String> cell = new Select<>();
        cell.setItems(EMPTY, "R", "A", "C", "I");
        cell.setItemLabelGenerator(letter -> letter.isEmpty() ? "\u2013" : letter);
        cell.setValue(plan.raci().stream().filter(each -> each.rowKey().equals(row) && each.personId() == person.id())
                .findFirst().map(each -> each.letter().name()).orElse(EMPTY));
        cell.setAriaLabel(getTranslation("plan.raci.cell", rowName(questionnaire, row), person.name()));
        cell.addClassName("raci-cell");
        cell.addValueChangeListener(change -> {
            page.plans().setCell(page.subject().plan(), row, person.id(),
                    change.getValue() == null || change.getValue().isEmpty() ? null : Raci.valueOf(change.getValue()));
            page.changed(true);
        });
        return cell;
    }

    private Div check(List<String> rows, StoredPlan plan, Questionnaire questionnaire) {
        List<RaciCheck.Problem> problems = RaciCheck.problems(rows, plan.people(), plan.raci());
        Div said = new Div();
        said.addClassName("raci-check");
        said.getElement().setAttribute("role", "status");
        if (problems.isEmpty()) {
            said.add(new Paragraph(getTranslation("plan.raci.ok")));
            said.getElement().setAttribute("data-state", "ok");
            return said;
        }
        said.getElement().setAttribute("data-state", "problems");
        UnorderedList list = new UnorderedList();
        for (RaciCheck.Problem problem : problems) {
            String name = rowName(questionnaire, problem.rowKey());
            list.add(new ListItem(problem.accountable().isEmpty() ? getTranslation("plan.raci.none", name)
                    : getTranslation("plan.raci.several", name, String.join(", ",
                    problem.accountable().stream().map(Person::name).toList()))));
        }
        said.add(new Paragraph(getTranslation("plan.raci.rule")), list);
        return said;
    }

    static String rowName(Questionnaire questionnaire, String row) {
        String language = Languages.current();
        String id = RaciRows.id(row);
        return RaciRows.isArea(row) ? questionnaire.area(id).map(area -> area.title().in(language)).orElse(id)
                : questionnaire.actions().stream().filter(action -> action.id().equals(id)).findFirst()
                .map(action -> action.title().in(language)).orElse(id);
    }
}
