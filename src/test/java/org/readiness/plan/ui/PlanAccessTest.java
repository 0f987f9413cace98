package org.readiness.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.NotFoundView;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.Role;
import org.readiness.plan.Weak;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A client's plan is its consultant's (and an administrator's); anyone else is refused as if it did not exist. */
class PlanAccessTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

    @Autowired
    AnswerService answers;

    @Autowired
    AssessmentService assessments;

    @Test
    void only_the_clients_consultant_and_an_administrator_open_its_plan_and_an_unknown_link_finds_nothing() {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = accounts.create("plan-a-" + suffix, "A", "a-long-password-1", Role.CONSULTANT).username();
        String b = accounts.create("plan-b-" + suffix, "B", "a-long-password-2", Role.CONSULTANT).username();
        loginAs(a, "CONSULTANT");
        Client client = clients.create(new ClientDetails("A's plan client", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        Weak.answerAndFinish(answers, assessments, id, List.of("oms"));
        String plan = "consultant/plan/" + id;

        assertThat(outcome(plan)).isEqualTo("page");
        loginAs(b, "CONSULTANT");
        assertThat(outcome(plan)).isEqualTo("not found");
        loginAs("admin", "ADMIN");
        assertThat(outcome(plan)).isEqualTo("page");
        continueAsVisitor();
        assertThat(outcome(plan)).isEqualTo("login");
        assertThat(outcome("plan/" + "x".repeat(43))).isEqualTo("not found");
    }

    private String outcome(String route) {
        UI.getCurrent().navigate(route);
        if (!_find(LoginForm.class).isEmpty()) {
            return "login";
        }
        if (!_find(NotFoundView.class).isEmpty()) {
            return "not found";
        }
        return _find(PlanPage.class).isEmpty() ? "something else" : "page";
    }
}
