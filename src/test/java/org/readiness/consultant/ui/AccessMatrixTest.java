package org.readiness.consultant.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.base.ui.NotFoundView;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.TwoConsultants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which consultant page: {anonymous, consultant A, consultant B, admin} x every consultant route,
 * with A's client, interview and comparison as the objects. Each cell is "page" (shown), "login" (sent to log in)
 * or "not found" (refused without telling whether it exists).
 */
class AccessMatrixTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    private String consultantA;
    private String consultantB;
    private Map<String, Class<? extends Component>> pages;

    @BeforeEach
    void consultantAWithAClient() {
        TwoConsultants consultants = TwoConsultants.made(accounts);
        consultantA = consultants.anna();
        consultantB = consultants.bo();
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("A's client", null, null, null));
        long first = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        long second = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        pages = new LinkedHashMap<>();
        pages.put("consultant", ClientsView.class);
        pages.put("consultant/clients/" + client.id(), ClientView.class);
        pages.put("consultant/interview/" + first, org.readiness.assessment.ui.WizardView.class);
        pages.put("consultant/compare/" + first + "/" + second, ComparisonView.class);
        pages.put("admin/consultants", AccountsView.class);
    }

    @Test
    void every_consultant_route_answers_each_kind_of_visitor_as_it_should() {
        Map<String, List<String>> expected = Map.of(
                "anonymous", List.of("login", "login", "login", "login", "login"),
                "A", List.of("page", "page", "page", "page", "not found"),
                "B", List.of("page", "not found", "not found", "not found", "not found"),
                "admin", List.of("page", "page", "page", "page", "page"));

        assertThat(outcomes("anonymous")).isEqualTo(expected.get("anonymous"));
        assertThat(outcomes("A")).isEqualTo(expected.get("A"));
        assertThat(outcomes("B")).isEqualTo(expected.get("B"));
        assertThat(outcomes("admin")).isEqualTo(expected.get("admin"));
    }

    private List<String> outcomes(String visitor) {
        switch (visitor) {
            case "A" -> loginAs(consultantA, "CONSULTANT");
            case "B" -> loginAs(consultantB, "CONSULTANT");
            case "admin" -> loginAs("admin", "ADMIN");
            default -> anonymous();
        }
        return pages.entrySet().stream().map(route -> {
            navigate(route.getKey());
            if (!_find(LoginForm.class).isEmpty()) {
                return "login";
            }
            if (!_find(NotFoundView.class).isEmpty() || !_find(org.readiness.base.ui.AccessDeniedView.class).isEmpty()) {
                return "not found";
            }
            return _find(route.getValue()).isEmpty() ? "something else" : "page";
        }).toList();
    }

    private void anonymous() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }
}
