package org.readiness.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.SaveResult;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import org.readiness.base.ui.options.SingleOptionGroup;

/** An answer or note that cannot be saved is kept on the page, said so, and saved when the database answers again. */
class AutosaveTest extends KaribuTest {

    @MockitoSpyBean
    AnswerService answers;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Test
    void an_answer_given_while_the_database_is_down_is_kept_and_saved_once_it_is_back() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));
        doReturn(new SaveResult.Failed()).when(answers).save(anyLong(), anyString(), any(), anyInt());

        @SuppressWarnings("unchecked")
        SingleOptionGroup size = _get(SingleOptionGroup.class, spec -> spec.withLabel("Size?"));
        _setValue(size, "medium");

        SaveStatus status = _get(SaveStatus.class);
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("failed");
        assertThat(status.text()).contains("Your answers are kept");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Retrying.EVERY_MILLIS);
        long id = WizardSession.current().orElseThrow().assessmentId();
        assertThat(assessments.open(id).orElseThrow().answers().has("size")).isFalse();

        doCallRealMethod().when(answers).save(anyLong(), anyString(), any(), anyInt());
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));

        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(assessments.open(id).orElseThrow().answers().get("size")).isPresent();
        assertThat(size.getValue()).isEqualTo("medium");
    }

    @Test
    void an_interview_note_written_while_the_database_is_down_is_kept_and_saved_once_it_is_back() {
        loginAs("admin", "ADMIN");
        Client client = clients.create(new ClientDetails("Outage AB", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        navigate("consultant/interview/" + id);
        doReturn(new SaveResult.Failed()).when(answers).saveNote(anyLong(), anyString(), anyString());

        _setValue(_find(TextArea.class, spec -> spec.withLabel("Your note")).get(0), "Ask Eva about the budget.");
        Span status = _get(Span.class, spec -> spec.withAttribute("role", "status"));
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("failed");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Retrying.EVERY_MILLIS);
        navigate("assessment/step/people-step");
        navigate("assessment/step/profile");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Your note")).get(0).getValue())
                .isEqualTo("Ask Eva about the budget.");
        assertThat(assessments.open(id).orElseThrow().notes()).isEmpty();

        doCallRealMethod().when(answers).saveNote(anyLong(), anyString(), anyString());
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));

        assertThat(_get(Span.class, spec -> spec.withAttribute("role", "status")).getElement().getAttribute("data-state"))
                .isEqualTo("saved");
        assertThat(assessments.open(id).orElseThrow().notes()).containsEntry("size", "Ask Eva about the budget.");
    }
}
