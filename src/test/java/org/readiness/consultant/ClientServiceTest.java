package org.readiness.consultant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.Structure;
import org.readiness.result.Comparison;
import org.readiness.result.Recommended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readiness.questionnaire.Fixtures.answer;

@SpringBootTest
class ClientServiceTest {

    @Autowired
    ClientService clients;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    ClientInterviews interviews;

    private String consultantA;
    private String consultantB;

    @BeforeEach
    void twoConsultants() {
        TwoConsultants consultants = TwoConsultants.made(accounts);
        consultantA = consultants.anna();
        consultantB = consultants.bo();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_consultant_cannot_open_another_consultants_client_by_id() {
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Anna's client AB", "Eva", "Retail", null));

        loginAs(consultantB, "CONSULTANT");
        assertThatThrownBy(() -> clients.get(client.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> interviews.assessments(client.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> interviews.startInterview(client.id(), "scoring-fixture", "en"))
                .isInstanceOf(NotAllowed.class);
        assertThat(clients.search("")).extracting(Client::id).doesNotContain(client.id());

        loginAs("admin", "ADMIN");
        assertThat(clients.get(client.id()).organisation()).isEqualTo("Anna's client AB");
    }

    @Test
    void a_consultant_disabled_while_signed_in_is_refused_by_every_client_call() {
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Anna's client AB", "Eva", "Retail", null));
        loginAs("admin", "ADMIN");
        accounts.setEnabled(accounts.findByUsername(consultantA).orElseThrow().id(), false);

        loginAs(consultantA, "CONSULTANT"); // the session's login, as it was before the account was disabled
        assertThatThrownBy(() -> clients.get(client.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.search("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interviews.startInterview(client.id(), "scoring-fixture", "en"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.create(new ClientDetails("More AB", "Eva", "Retail", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_visitors_reach_no_client_at_all() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> clients.search("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void client_fields_at_their_limit_are_stored_also_when_their_characters_lie_outside_the_bmp() {
        loginAs(consultantA, "CONSULTANT");
        String name = "\uD83D\uDE80".repeat(ClientDetails.NAME_LIMIT);
        String notes = "\uD83D\uDE80".repeat(ClientDetails.NOTES_LIMIT);

        Client client = clients.create(new ClientDetails(name, name, name, notes));

        assertThat(clients.get(client.id())).extracting(Client::organisation, Client::contactPerson, Client::industry,
                Client::notes).containsExactly(name, name, name, notes);
    }

    @Test
    void clients_are_found_by_search_text_in_organisation_contact_or_industry() {
        loginAs(consultantA, "CONSULTANT");
        clients.create(new ClientDetails("Nordic Bikes", "Karin", "Sport", null));
        clients.create(new ClientDetails("Fjällräven-like", "Per", "Outdoor", null));

        assertThat(clients.search("bike")).extracting(Client::organisation).containsExactly("Nordic Bikes");
        assertThat(clients.search("outdoor")).extracting(Client::organisation).containsExactly("Fjällräven-like");
        assertThat(clients.search("100%")).isEmpty();
    }

    @Test
    void a_reassessment_starts_with_the_last_answers_and_the_comparison_shows_the_deltas() {
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Växjö Verktyg", null, null, null));
        long first = interviews.startInterview(client.id(), "scoring-fixture", "sv").assessment().id();
        answers.save(first, "size", answer("large"), 0);
        answers.save(first, "owner", answer("no"), 0);
        answers.save(first, "knowledge", Answer.dontKnow(), 0);
        answers.save(first, "platforms", answer(List.of("oms")), 0);
        answers.save(first, "it-people", answer(2), 0);
        answers.saveNote(first, "owner", "Nobody owns the web shop yet.");
        assessments.finish(first);

        long second = interviews.reassess(client.id(), "sv").orElseThrow().assessment().id();
        var prefilled = interviews.assessment(second);
        assertThat(prefilled.answers().asMap()).containsOnlyKeys("size", "owner", "knowledge", "platforms", "it-people");
        answers.save(second, "owner", answer("yes"), prefilled.revisions().getOrDefault("owner", 0));
        answers.save(second, "owner-time", answer("full"), 0);
        answers.save(second, "knowledge", answer(5), prefilled.revisions().getOrDefault("knowledge", 0));

        Comparison comparison = interviews.compare(first, second, "en");
        assertThat(comparison.scores()).extracting(Comparison.ScoreLine::id, line -> line.before().score(),
                        line -> line.after().score(), Comparison.ScoreLine::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people", 0, 100, 100),
                        org.assertj.core.groups.Tuple.tuple("systems", 38, 38, 0),
                        org.assertj.core.groups.Tuple.tuple("overall", 28, 53, 25));
        assertThat(comparison.before().recommended().structureId()).isEqualTo(Structure.THREE_AREA.id());
        assertThat(comparison.answers()).extracting(Comparison.AnswerChange::questionId)
                .containsExactly("owner", "owner-time", "knowledge");
        assertThat(comparison.actionsDone()).extracting(Recommended.ActionLine::id)
                .containsExactly("name-owner", "learn-customers");
        assertThat(comparison.actionsStillOpen()).extracting(Recommended.ActionLine::id).containsExactly("integrate");
        assertThat(interviews.assessment(first).notes()).containsEntry("owner", "Nobody owns the web shop yet.");
    }

    @Test
    void a_merchants_self_assessment_is_attached_by_its_resume_link() {
        AssessmentService.Started merchant = assessments.start("scoring-fixture", "en");
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Merchant Ltd", null, null, null));
        Client other = clients.create(new ClientDetails("Other Ltd", null, null, null));

        String link = "https://readiness.example/resume/" + merchant.token().value();
        assertThat(interviews.attach(client.id(), link)).isEqualTo(ClientInterviews.AttachResult.ATTACHED);
        assertThat(interviews.assessments(client.id())).extracting(a -> a.assessment().id()).containsExactly(merchant.assessment().id());
        assertThat(interviews.attach(other.id(), link)).isEqualTo(ClientInterviews.AttachResult.ALREADY_ATTACHED);
        assertThat(interviews.attach(client.id(), "https://readiness.example/resume/nonsense"))
                .isEqualTo(ClientInterviews.AttachResult.UNKNOWN_LINK);
    }

    private static void loginAs(String username, String role) {
        TwoConsultants.signInForServices(username, role);
    }
}
