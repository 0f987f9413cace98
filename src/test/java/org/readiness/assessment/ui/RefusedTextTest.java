package org.readiness.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.questionnaire.answer.Answer;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text over its field's limit is refused at the field, which says why: the server holds what the field held
 * before (the page keeps every character, end-to-end tests show), and the status line says that not everything is
 * saved until the field takes a text again.
 */
class RefusedTextTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Test
    void a_free_text_answer_over_its_limit_is_not_kept_and_the_page_never_says_all_answers_saved_beside_it() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));
        TextArea goal = _get(TextArea.class, spec -> spec.withLabel("Goal?"));
        _setValue(goal, "Grow online");
        assertThat(status().text()).isEqualTo("All answers saved");

        _setValue(goal, "x".repeat(201));

        assertThat(goal.getValue()).as("the server holds what the field did before").isEqualTo("Grow online");
        assertThat(goal.isInvalid()).isTrue();
        assertThat(goal.getErrorMessage()).startsWith("Not saved: the text has 201 characters, and at most 200");
        assertThat(status().text()).isEqualTo("Not saved: an answer was not accepted; its field says why.");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("refused");
        long id = WizardSession.current().orElseThrow().assessmentId();
        assertThat(WizardSession.current().orElseThrow().answers().get("goal")).contains(Answer.text("Grow online"));

        _setValue(goal, "Grow online, and fast");

        assertThat(status().text()).isEqualTo("All answers saved");
        assertThat(assessments.open(id).orElseThrow().answers().get("goal"))
                .contains(Answer.text("Grow online, and fast"));
    }

    @Test
    void an_interview_note_over_its_limit_is_not_kept_and_the_page_says_so_until_a_note_is_taken() {
        loginAs("admin", "ADMIN");
        Client client = clients.create(new ClientDetails("Long Notes AB", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        navigate("consultant/interview/" + id);
        TextArea note = _find(TextArea.class, spec -> spec.withLabel("Your note")).get(0);
        _setValue(note, "Ask about the budget.");

        _setValue(note, "y".repeat(AnswerService.NOTE_LIMIT + 1));

        assertThat(note.getValue()).isEqualTo("Ask about the budget.");
        assertThat(note.getErrorMessage()).startsWith("Not saved: the text has 10,001 characters");
        assertThat(status().text()).isNotEqualTo("All answers saved");
        assertThat(assessments.open(id).orElseThrow().notes()).containsEntry("size", "Ask about the budget.");

        _setValue(note, "Ask about the budget, and the team.");

        assertThat(status().text()).isEqualTo("All answers saved");
        assertThat(assessments.open(id).orElseThrow().notes())
                .containsEntry("size", "Ask about the budget, and the team.");
    }

    /** The status line as the server words it (the page's own "Saving…" aside). */
    private static SaveStatus status() {
        return _get(SaveStatus.class);
    }
}
