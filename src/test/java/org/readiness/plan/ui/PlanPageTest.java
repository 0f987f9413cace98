package org.readiness.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.plan.PlanService;
import org.readiness.plan.Weak;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The merchant's own plan behind their resume link, browserless: made once, ticked, refused at its limits. */
class PlanPageTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    PlanService plans;

    @Test
    void a_merchant_ticks_an_action_out_and_the_projection_follows_and_a_long_name_is_refused_with_its_limit() {
        String token = finishedSelfAssessment();
        UI.getCurrent().navigate("plan/" + token);

        Checkbox integrate = _get(Checkbox.class, spec -> spec.withLabel("Integrate"));
        assertThat(integrate.getValue()).as("the cheapest way to the next band, suggested").isTrue();
        assertThat(projected()).isEqualTo("47 \u00b7 Middle (+19)");
        _setValue(integrate, false);
        assertThat(projected()).isEqualTo("28 \u00b7 Low");
        _setValue(integrate, true);
        assertThat(projected()).isEqualTo("47 \u00b7 Middle (+19)");

        TextField newPerson = _get(TextField.class, spec -> spec.withLabel("New person"));
        _setValue(newPerson, "x".repeat(PlanService.NAME_LIMIT + 1));
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Add")).click();
        assertThat(newPerson.isInvalid()).isTrue();
        assertThat(newPerson.getErrorMessage()).isEqualTo("Not saved: a name may be at most 200 characters.");
        TextArea notes = _get(TextArea.class, spec -> spec.withLabel("Notes"));
        _setValue(notes, "y".repeat(PlanService.TEXT_LIMIT + 1));
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo("Not saved: the text may be at most 10,000 characters.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Every row has exactly one person accountable.")))
                .hasSize(1);
    }

    @Test
    void a_merchant_answers_the_questions_again_from_the_plan_starting_from_todays_answers() {
        String token = finishedSelfAssessment();
        UI.getCurrent().navigate("plan/" + token);

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Answer the questions again"))
                .click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("assessment/step/");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isNotEmpty();
    }

    private String projected() {
        NativeTableRow overall = _find(NativeTableRow.class).stream()
                .filter(row -> "overall".equals(row.getElement().getAttribute("data-row"))).findFirst().orElseThrow();
        return overall.getElement().getChild(2).getText();
    }

    private String finishedSelfAssessment() {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        long id = started.assessment().id();
        Weak.answerAndFinish(answers, assessments, id, List.of("oms"));
        return started.token().value();
    }
}
