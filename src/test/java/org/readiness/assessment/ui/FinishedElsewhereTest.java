package org.readiness.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/**
 * A phone's tab left open on a step while the assessment was answered to the end and finished on another device:
 * it says the assessment is finished and where the result is, and never asks for the answers it shows as open.
 */
class FinishedElsewhereTest extends KaribuTest {

    @Autowired
    AnswerService answers;

    @Autowired
    AssessmentService assessments;

    @Test
    void next_on_a_stale_step_says_the_assessment_is_finished_and_leads_to_the_result() {
        long id = startOnThePhone();
        finishOnAnotherDevice(id);

        _click(_get(Button.class, spec -> spec.withText("Next")));

        assertThat(currentPath()).isEqualTo("assessment/step/profile");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("finished-elsewhere-text")).getText())
                .isEqualTo("This assessment has been finished, in another window or on another device. "
                        + "Nothing more needs an answer here.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("step-error"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Next"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("See the result")));
        assertThat(currentPath()).isEqualTo("assessment/result");
        assertThat(_get(H1.class).getText()).isEqualTo("Your result");
    }

    @Test
    void a_stale_step_opened_again_says_so_too_in_swedish() {
        long id = startOnThePhone();
        finishOnAnotherDevice(id);
        switchLanguage(Languages.SWEDISH);

        navigate("assessment/step/people-step");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("finished-elsewhere-text")).getText())
                .startsWith("Den här bedömningen har redan avslutats");
        assertThat(_find(Button.class, spec -> spec.withText("Nästa"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Se resultatet")));
        assertThat(currentPath()).isEqualTo("assessment/result");
    }

    @Test
    void an_assessment_finished_on_this_page_is_not_taken_for_a_stale_one() {
        long id = startOnThePhone();
        finishOnAnotherDevice(id);
        _click(_get(Button.class, spec -> spec.withText("Next")));
        _click(_get(Button.class, spec -> spec.withText("See the result")));

        navigate("assessment/step/profile");

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("finished-elsewhere-text"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Next"))).hasSize(1);
    }

    /** The merchant starts on the phone; the first step is open, its required question not answered. */
    private long startOnThePhone() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));
        assertThat(currentPath()).isEqualTo("assessment/step/profile");
        return WizardSession.current().orElseThrow().assessmentId();
    }

    /** The same assessment, answered and finished elsewhere. */
    private void finishOnAnotherDevice(long id) {
        answers.save(id, "size", answer("large"), 0);
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", answer("dont-know"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(2), 0);
        assessments.finish(id);
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
