package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import org.readiness.base.ui.options.SingleOptionGroup;

/**
 * A team started from a client's page (issue 23, point 11): it names the client, its company profile starts from
 * the client's last assessment, and "Re-assess the team" appears only once someone was invited.
 */
class ClientTeamPageTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    AnswerService answers;

    private String anna;

    @BeforeEach
    void aConsultant() {
        loginAs("admin", "ADMIN");
        anna = accounts.create("anna-" + UUID.randomUUID().toString().substring(0, 8), "Anna", "a-long-password-1",
                Role.CONSULTANT).username();
    }

    @Test
    void a_team_started_from_a_clients_page_names_the_client_and_starts_from_its_last_profile() {
        loginAs(anna, "CONSULTANT");
        Client client = clients.create(new ClientDetails("Nordic Tools AB", "Eva", "Retail", null));
        long interview = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(interview, "size", answer("large"), 0);

        navigate(ClientView.location(client.id()));
        _click(_get(Button.class, spec -> spec.withText("Assess with the team")));

        @SuppressWarnings("unchecked")
        SingleOptionGroup size = _get(SingleOptionGroup.class, spec -> spec.withLabel("Size?"));
        assertThat(size.getValue()).as("the client's last answer").isEqualTo("large");
        _click(_get(Button.class, spec -> spec.withText("Continue: invite your team")));

        assertThat(_get(H1.class).getText()).isEqualTo("Team assessment: Nordic Tools AB");
        assertThat(_find(Button.class, spec -> spec.withText("Re-assess the team (invite the same people again)")))
                .as("nobody to invite again yet").isEmpty();

        @SuppressWarnings("unchecked")
        Select<org.readiness.questionnaire.Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, role.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name (optional)")), "Bo");
        _click(_get(Button.class, spec -> spec.withText("Create the invitation")));
        navigate(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath());

        assertThat(_find(Button.class, spec -> spec.withText("Re-assess the team (invite the same people again)")))
                .hasSize(1);
    }
}
