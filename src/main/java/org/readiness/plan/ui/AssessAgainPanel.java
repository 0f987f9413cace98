package org.readiness.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;

/**
 * The merchant's way to "did it work?": answer the questions again, starting from today's answers, under a new link;
 * the new result's plan carries on the open actions and checks the done ones.
 */
class AssessAgainPanel extends Div {

    AssessAgainPanel(PlanPage page) {
        addClassName("assess-again");
        Button start = new Button(getTranslation("plan.again.start"), click -> {
            AssessmentService.Started started = page.plans().assessAgain(page.subject().plan(), Languages.current());
            getUI().ifPresent(ui -> ui.navigate("resume/" + started.token().value()));
        });
        add(new H2(getTranslation("plan.again.heading")), new Paragraph(getTranslation("plan.again.text")), start);
    }
}
