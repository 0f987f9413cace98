package org.readiness.consultant.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ui.PageMarkup;
import org.readiness.base.ui.Languages;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.TwoConsultants;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** What a consultant meets on a first afternoon: the empty start, a name past its limit, a comparison. */
class NewConsultantTest extends KaribuTest {

    private static final String LONG_NAME = "Nordic Tool Company ".repeat(11) + "Stockholm";

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    private String anna;

    @BeforeEach
    void aNewConsultant() {
        anna = TwoConsultants.made(accounts).anna();
        loginAs(anna, "CONSULTANT");
    }

    @Test
    void without_clients_the_page_shows_one_empty_state_that_says_what_to_do_first() {
        navigate("consultant");

        assertThat(_get(H2.class, spec -> spec.withText("No clients yet")).isVisible()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Start with “New client”"))
                .noneSatisfy(text -> assertThat(text).contains("No clients yet"));
        assertThat(_find(Svg.class)).isEmpty();
        assertThat(_find(NativeTable.class)).isEmpty();
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Search clients"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("New client"))).hasSize(1);
    }

    @Test
    void with_a_client_the_empty_state_gives_way_to_the_overview_and_a_search_that_finds_nothing_says_so() {
        clients.create(new ClientDetails("Listed AB", null, null, null));
        navigate("consultant");
        assertThat(_find(H2.class, spec -> spec.withText("No clients yet"))).isEmpty();
        assertThat(_find(Svg.class)).isNotEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Search clients")), "nothing like it");

        assertThat(_get(Grid.class).getEmptyStateText()).isEqualTo("No client matches your search.");
        assertThat(_find(H2.class, spec -> spec.withText("No clients yet"))).isEmpty();
        assertThat(_find(Svg.class)).isEmpty();
    }

    @Test
    void a_name_past_the_limit_is_kept_whole_and_the_field_says_the_limit() {
        navigate("consultant");
        _click(_get(Button.class, spec -> spec.withText("New client")));
        TextField organisation = _get(TextField.class, spec -> spec.withLabel("Organisation"));
        assertThat(organisation.getHelperText()).isEqualTo("200 characters at most");
        assertThat(organisation.getMaxLength()).as("no cut in the browser").isNotEqualTo(200);

        _setValue(organisation, LONG_NAME);

        assertThat(LONG_NAME).hasSize(229);
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).isEqualTo(
                "The organisation's name may be at most 200 characters. Now 229 characters: shorten it to save.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(organisation.getValue()).isEqualTo(LONG_NAME);
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(clients.search("Nordic Tool")).isEmpty();

        _setValue(organisation, LONG_NAME.substring(0, 200));
        assertThat(organisation.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(H1.class).getText()).isEqualTo(LONG_NAME.substring(0, 200).strip());
    }

    @Test
    void client_saved_is_said_on_the_clients_page_and_gone_once_the_interview_starts() {
        navigate("consultant");
        _click(_get(Button.class, spec -> spec.withText("New client")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation")), "Noticed AB");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(openNotices()).containsExactly("Client saved.");

        _click(_get(Button.class, spec -> spec.withText("Start an interview")));

        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("assessment/step/");
        assertThat(openNotices()).isEmpty();
    }

    private static List<String> openNotices() {
        return _find(Notification.class).stream().filter(Notification::isOpened)
                .map(notice -> notice.getElement().getProperty("text")).toList();
    }

    @Test
    void the_limit_is_said_in_swedish_too() {
        switchLanguage(Languages.SWEDISH);
        navigate("consultant");
        _click(_get(Button.class, spec -> spec.withText("Ny kund")));
        TextField organisation = _get(TextField.class, spec -> spec.withLabel("Organisation"));

        _setValue(organisation, LONG_NAME);

        assertThat(organisation.getErrorMessage()).isEqualTo(
                "Organisationens namn får vara högst 200 tecken. Nu 229 tecken: korta texten för att kunna spara.");
    }

    @Test
    void two_results_with_one_structure_are_compared_as_unchanged() {
        Client client = clients.create(new ClientDetails("Steady AB", null, null, null));
        long first = finishedInterview(client, 2);
        long second = finishedInterview(client, 3);

        navigate("consultant/compare/" + first + "/" + second);

        assertThat(PageMarkup.single("p.comparison-structure").text()).startsWith("Unchanged: ").doesNotContain("\u2192");
    }

    private long finishedInterview(Client client, int itPeople) {
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(id, "size", answer("large"), 0);
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", answer("dont-know"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(itPeople), 0);
        assessments.finish(id);
        return id;
    }
}
