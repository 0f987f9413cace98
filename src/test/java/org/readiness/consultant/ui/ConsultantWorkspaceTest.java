package org.readiness.consultant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ui.PageMarkup;
import org.readiness.base.ui.NotFoundView;
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
import org.readiness.base.ui.options.SingleOptionGroup;

/** The consultant's workspace in the browserless UI: clients, interviews with notes, re-assessment, comparison. */
class ConsultantWorkspaceTest extends KaribuTest {

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
    private String bo;

    @BeforeEach
    void twoConsultants() {
        TwoConsultants consultants = TwoConsultants.made(accounts);
        anna = consultants.anna();
        bo = consultants.bo();
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_instead_of_the_clients() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        com.github.mvysny.kaributesting.v10.MockVaadin.setMockRequestFactory(
                com.github.mvysny.fakeservlet.FakeRequest::new);
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(UI::new,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(routes, context, UI::new));

        navigate("consultant");

        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(_find(ClientsView.class)).isEmpty();
    }

    @Test
    void a_consultant_creates_a_client_and_finds_it_in_the_list() {
        loginAs(anna, "CONSULTANT");
        navigate("consultant");

        _click(_get(Button.class, spec -> spec.withText("New client")));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Organisation")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation")), "Nordic Bikes <AB>");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Industry")), "Sport");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(H1.class).getText()).isEqualTo("Nordic Bikes <AB>");
        assertThat(clients.search("nordic")).extracting(Client::organisation).containsExactly("Nordic Bikes <AB>");
    }

    @Test
    void the_overview_counts_the_clients_per_band_of_each_area_by_finished_assessments_only() {
        loginAs(anna, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Counted AB", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(id, "owner", answer("yes"), 0);
        answers.save(id, "owner-time", answer("full"), 0);
        answers.save(id, "knowledge", answer(5), 0);
        answers.save(id, "size", answer("medium"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        navigate("consultant");
        assertThat(peopleRow()).containsExactly("0", "0", "0");
        assertThat(clients.overview("Counted AB").get(0).latestScore()).isNull();

        assessments.finish(id);
        navigate("consultant");

        assertThat(peopleRow()).containsExactly("0", "0", "1");
        assertThat(clients.overview("Counted AB").get(0).latestScore()).isNotNull();
    }

    private static List<String> peopleRow() {
        NativeTableRow people = _find(NativeTableRow.class).stream()
                .filter(row -> "people".equals(row.getElement().getAttribute("data-area"))).findFirst().orElseThrow();
        return people.getDataCells().stream().map(cell -> cell.getElement().getText()).toList();
    }

    @Test
    void an_interview_shows_the_talking_points_and_stores_a_note_per_question() {
        loginAs(anna, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Interviewed AB", null, null, null));
        navigate("consultant/clients/" + client.id());

        _click(_get(Button.class, spec -> spec.withText("Start an interview")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("talking-point"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("assessment/step/people-step");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("talking-point")))
                .anySatisfy(point -> assertThat(point.getText()).contains("Without"));
        @SuppressWarnings("unchecked")
        SingleOptionGroup owner = _get(SingleOptionGroup.class, spec -> spec.withLabel("Owner?"));
        _setValue(owner, "no");
        TextArea note = _find(TextArea.class, spec -> spec.withLabel("Your note")).get(0);
        _setValue(note, "Nobody owns the shop; =cmd| ask Eva.");

        long id = interviews.assessments(client.id()).get(0).assessment().id();
        assertThat(interviews.assessment(id).notes()).containsEntry("owner", "Nobody owns the shop; =cmd| ask Eva.");
        assertThat(interviews.assessment(id).answers().get("owner")).contains(answer("no"));
    }

    @Test
    void a_reassessment_starts_from_the_last_answers_and_the_comparison_shows_the_changes() {
        loginAs(anna, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Compared AB", null, null, null));
        long first = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(first, "size", answer("large"), 0);
        answers.save(first, "owner", answer("no"), 0);
        answers.save(first, "platforms", answer(List.of("oms")), 0);
        answers.save(first, "it-people", answer(2), 0);
        assessments.finish(first);
        navigate("consultant/clients/" + client.id());

        _click(_get(Button.class, spec -> spec.withText("Re-assess (start from the last answers)")));
        long second = interviews.assessments(client.id()).get(1).assessment().id();
        assertThat(interviews.assessment(second).answers().get("owner")).contains(answer("no"));
        answers.save(second, "owner", answer("yes"), interviews.assessment(second).revisions().getOrDefault("owner", 0));
        answers.save(second, "owner-time", answer("full"), 0);
        navigate("consultant/compare/" + first + "/" + second);

        List<String> people = PageMarkup.single("table.comparison-scores tr[data-area=people]").children().eachText();
        assertThat(people.get(1)).startsWith("0 \u00b7 ");
        assertThat(people.get(2)).isEqualTo("60 \u00b7 Middle");
        assertThat(PageMarkup.select("ul.changed-answers li").stream().map(item -> item.attr("data-question")))
                .contains("owner", "owner-time");
        assertThat(PageMarkup.select("li[data-action]").stream().map(item -> item.attr("data-action")))
                .contains("name-owner", "integrate");
    }

    @Test
    void a_merchants_self_assessment_is_attached_by_pasting_its_resume_link() {
        AssessmentService.Started merchant = assessments.start("scoring-fixture", "en");
        loginAs(anna, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Attached AB", null, null, null));
        navigate("consultant/clients/" + client.id());

        _setValue(_get(TextField.class, spec -> spec.withLabel("The merchant's resume link")), "http://x/resume/nonsense");
        _click(_get(Button.class, spec -> spec.withText("Attach")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("The merchant's resume link")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("The merchant's resume link")),
                "https://readiness.example/resume/" + merchant.token().value());
        _click(_get(Button.class, spec -> spec.withText("Attach")));

        assertThat(interviews.assessments(client.id())).extracting(a -> a.assessment().id()).containsExactly(merchant.assessment().id());
    }

    @Test
    void a_consultant_opening_another_consultants_client_gets_the_not_found_page() {
        loginAs(anna, "CONSULTANT");
        Client annas = clients.create(new ClientDetails("Anna's only", null, null, null));
        long interview = interviews.startInterview(annas.id(), "scoring-fixture", "en").assessment().id();

        loginAs(bo, "CONSULTANT");
        navigate("consultant/clients/" + annas.id());
        assertThat(_find(NotFoundView.class)).hasSize(1);
        navigate("consultant/interview/" + interview);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        navigate("consultant/compare/" + interview + "/" + interview);
        assertThat(_find(NotFoundView.class)).hasSize(1);

        loginAs("admin", "ADMIN");
        navigate("consultant/clients/" + annas.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Anna's only");
    }
}
