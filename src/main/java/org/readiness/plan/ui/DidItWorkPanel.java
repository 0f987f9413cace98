package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.base.ui.Named;
import org.readiness.plan.PlanSource;
import org.readiness.base.ui.Languages;
import org.readiness.plan.DidItWork;

import java.util.List;

/**
 * Did it work? The actions the plan before marked done, each checked against the answers it lifts in the assessment
 * after it: the answer moved, or, flagged, it has not changed.
 */
class DidItWorkPanel extends Div {

    DidItWorkPanel(PlanSubject.PreviousPlan previous, PlanSource after) {
        addClassName("did-it-work");
        H2 heading = new H2(getTranslation("plan.worked.heading"));
        add(heading);
        Named.region(this, heading);
        List<DidItWork.Check> checks = DidItWork.of(previous.plan(), previous.source().questionnaire(),
                previous.source().evaluation().answers(), after.questionnaire(), after.evaluation().answers());
        if (checks.isEmpty()) {
            add(new Paragraph(getTranslation("plan.worked.none")));
            return;
        }
        String language = Languages.current();
        UnorderedList list = new UnorderedList();
        for (DidItWork.Check check : checks) {
            Span mark = new Span(getTranslation(check.moved() ? "plan.worked.moved" : "plan.worked.unchanged"));
            mark.addClassName(check.moved() ? "worked-moved" : "worked-unchanged");
            mark.getElement().getThemeList().add(check.moved() ? "badge success" : "badge error");
            ListItem item = new ListItem(new Span(check.action().title().in(language) + ": "), mark);
            item.getElement().setAttribute("data-action", check.action().id());
            item.getElement().setAttribute("data-worked", String.valueOf(check.moved()));
            list.add(item);
        }
        add(list);
    }
}
