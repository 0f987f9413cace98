package org.readiness.assessment;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.ui.SaveStatus;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.readiness.questionnaire.Fixtures.answer;
import org.readiness.base.ui.options.SingleOptionGroup;

/**
 * What the merchant's pages say when the database is away or refuses what it is given: every path says what
 * happened in the user's language and keeps what the user gave; a refusal is said once and not tried again. The
 * database is made to fail at the repository, as it does when it cannot be reached or refuses a value.
 */
class DatabaseTroubleTest extends KaribuTest {

    private static final String UNREACHABLE = "Connection is not available, request timed out after 3000ms.";

    @MockitoSpyBean
    AssessmentRepository repository;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Test
    void starting_while_the_database_is_away_says_so_on_the_start_page_and_works_once_it_is_back() {
        navigate("");
        doThrow(new CannotGetJdbcConnectionException(UNREACHABLE)).when(repository)
                .insert(anyString(), anyString(), anyString(), anyString(), any(), any());

        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));

        assertThat(path()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText())
                .isEqualTo("The assessment could not start: we cannot reach the database right now. "
                        + "Please try again in a moment.");

        doCallRealMethod().when(repository).insert(anyString(), anyString(), anyString(), anyString(), any(), any());
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));

        assertThat(path()).isEqualTo("assessment/step/profile");
    }

    @Test
    void the_organisation_typed_while_the_database_is_away_stays_and_is_saved_once_it_is_back() {
        AssessmentService.Started started = finished();
        long id = started.assessment().id();
        navigate("resume/" + started.token().value());
        doThrow(new CannotGetJdbcConnectionException(UNREACHABLE)).when(repository)
                .updateOrganisation(anyLong(), any(), any());

        TextField organisation = _get(TextField.class, spec -> spec.withLabel("Organisation name (optional)"));
        _setValue(organisation, "Växjö Verktyg AB");

        Span status = _get(Span.class, spec -> spec.withAttribute("role", "status"));
        assertThat(status.getText()).isEqualTo("Not saved yet: we cannot reach the database. The name stays here "
                + "and is saved as soon as the connection is back.");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(organisation.getValue()).isEqualTo("Växjö Verktyg AB");
        assertThat(assessments.open(id).orElseThrow().organisation()).isNull();

        doCallRealMethod().when(repository).updateOrganisation(anyLong(), any(), any());
        poll();

        assertThat(status.getText()).isEqualTo("Organisation name saved.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(assessments.open(id).orElseThrow().organisation()).isEqualTo("Växjö Verktyg AB");
    }

    @Test
    void see_the_result_while_the_database_is_away_keeps_the_answers_on_the_review_page_and_says_so() {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        long id = started.assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        navigate("resume/" + started.token().value());
        navigate("assessment/step/profile");
        doThrow(new CannotGetJdbcConnectionException(UNREACHABLE)).when(repository)
                .saveAnswer(anyLong(), anyString(), anyString(), anyInt(), any());
        _setValue(radios("Size?"), "large");
        navigate("assessment/review");

        _click(_get(Button.class, spec -> spec.withText("See the result")));

        String unavailable = "Your result cannot be shown yet: we cannot reach the database. Your answers are kept "
                + "on this page; try again in a moment.";
        assertThat(path()).isEqualTo("assessment/review");
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText()).isEqualTo(unavailable);
        assertThat(assessments.open(id).orElseThrow().answers().has("size")).isFalse();

        doCallRealMethod().when(repository).saveAnswer(anyLong(), anyString(), anyString(), anyInt(), any());
        doThrow(new CannotGetJdbcConnectionException(UNREACHABLE)).when(repository).finish(anyLong(), any());
        _click(_get(Button.class, spec -> spec.withText("See the result")));

        assertThat(path()).isEqualTo("assessment/review");
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText()).isEqualTo(unavailable);
        assertThat(assessments.open(id).orElseThrow().answers().get("size")).contains(answer("large"));
        assertThat(assessments.open(id).orElseThrow().isFinished()).isFalse();

        doCallRealMethod().when(repository).finish(anyLong(), any());
        _click(_get(Button.class, spec -> spec.withText("See the result")));

        assertThat(_get(H1.class).getText()).isEqualTo("Your result");
        assertThat(assessments.open(id).orElseThrow().isFinished()).isTrue();
    }

    @Test
    void an_answer_the_database_refuses_is_reported_at_its_question_once_and_not_tried_again() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));
        doThrow(new DataIntegrityViolationException("Value too long for column \"ANSWER_JSON\"")).when(repository)
                .saveAnswer(anyLong(), eq("size"), anyString(), anyInt(), any());

        _setValue(radios("Size?"), "large");

        assertThat(radios("Size?").getErrorMessage()).isEqualTo("Not saved: the database refused this answer. "
                + "Please change it, or tell us if this happens again.");
        assertThat(UI.getCurrent().getPollInterval()).as("no retry is scheduled").isEqualTo(-1);
        SaveStatus status = _get(SaveStatus.class);
        assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(status.getElement().getAttribute("data-state")).as("not waiting to try again").isEqualTo("refused");
        assertThat(status.text()).as("never 'All answers saved' beside it")
                .startsWith("Not saved: an answer was not accepted");
        verify(repository, times(1)).saveAnswer(anyLong(), eq("size"), anyString(), anyInt(), any());
    }

    @Test
    void a_note_the_database_refuses_is_reported_at_its_field_once_and_stays_there() {
        loginAs("admin", "ADMIN");
        Client client = clients.create(new ClientDetails("Refused notes AB", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        navigate("consultant/interview/" + id);
        doThrow(new DataIntegrityViolationException("Value too long for column \"NOTE\"")).when(repository)
                .saveNote(anyLong(), anyString(), anyString(), any());
        clearInvocations(repository);

        TextArea note = _find(TextArea.class, spec -> spec.withLabel("Your note")).get(0);
        _setValue(note, "Ask Eva about the budget.");

        assertThat(note.getErrorMessage()).isEqualTo("Not saved: the database refused this answer. Please change it, "
                + "or tell us if this happens again.");
        assertThat(note.getValue()).isEqualTo("Ask Eva about the budget.");
        assertThat(UI.getCurrent().getPollInterval()).as("no retry is scheduled").isEqualTo(-1);
        verify(repository, times(1)).saveNote(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void a_start_the_database_refuses_says_so_and_stays_on_the_start_page() {
        navigate("");
        doThrow(new DataIntegrityViolationException("Check constraint violation")).when(repository)
                .insert(anyString(), anyString(), anyString(), anyString(), any(), any());

        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));

        assertThat(path()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText())
                .isEqualTo("The assessment could not start: the database refused it. Please try again, or tell us if "
                        + "this happens again.");
    }

    @Test
    void an_organisation_the_database_refuses_is_reported_once_and_not_tried_again() {
        AssessmentService.Started started = finished();
        navigate("resume/" + started.token().value());
        doThrow(new DataIntegrityViolationException("Value too long for column \"ORGANISATION\"")).when(repository)
                .updateOrganisation(anyLong(), any(), any());
        clearInvocations(repository);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation name (optional)")), "Växjö Verktyg AB");

        assertThat(_get(Span.class, spec -> spec.withAttribute("role", "status")).getText())
                .isEqualTo("Not saved: the database refused this name. Please change it, or tell us if this happens "
                        + "again.");
        assertThat(UI.getCurrent().getPollInterval()).as("no retry is scheduled").isEqualTo(-1);
        verify(repository, times(1)).updateOrganisation(anyLong(), any(), any());
    }

    @Test
    void a_page_that_cannot_open_without_the_database_says_so_and_offers_to_try_again() {
        AssessmentService.Started started = finished();
        doThrow(new CannotGetJdbcConnectionException(UNREACHABLE)).when(repository).findByTokenHash(anyString());

        navigate("resume/" + started.token().value());

        assertThat(_get(H1.class).getText()).isEqualTo("This page could not be opened");
        assertThat(_get(Paragraph.class, spec -> spec.withText("We cannot reach the database right now. Nothing you "
                + "saved is lost; please try again in a moment."))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Try again")).getHref())
                .isEqualTo("resume/" + started.token().value());
    }

    /** A merchant's finished assessment, to open its result page by its link. */
    private AssessmentService.Started finished() {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        long id = started.assessment().id();
        answers.save(id, "size", answer("medium"), 0);
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        assessments.finish(id);
        return started;
    }

    @SuppressWarnings("unchecked")
    private static SingleOptionGroup radios(String label) {
        return _get(SingleOptionGroup.class, spec -> spec.withLabel(label));
    }

    private static void poll() {
        BasicUtilsKt._fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
