package org.readiness.consultant.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

@SpringBootTest
class AssessmentsExportTest {

    @Autowired
    ClientService clients;

    @Autowired
    AccountService accounts;

    @Autowired
    AnswerService answers;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_has_one_row_per_assessment_of_the_consultants_clients_with_formulas_neutralised() throws Exception {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String consultantA = accounts.create("anna-" + suffix, "Anna", "a-long-password-1", Role.CONSULTANT).username();
        String consultantB = accounts.create("bo-" + suffix, "Bo", "a-long-password-2", Role.CONSULTANT).username();
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("=HYPERLINK(\"http://x\")", null, null, null));
        long id = clients.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(id, "owner", answer("yes"), 0);
        clients.startInterview(client.id(), "scoring-fixture", "en");
        loginAs(consultantB, "CONSULTANT");
        clients.create(new ClientDetails("B's client", null, null, null));

        loginAs(consultantA, "CONSULTANT");
        var out = new java.io.ByteArrayOutputStream();
        AssessmentsExport.write(clients.allAssessments(), out);
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(row -> assertThat(row.get("client")).isEqualTo("'=HYPERLINK(\"http://x\")"));
        assertThat(records.get(0).get("area_people")).isNotEmpty();
        assertThat(csv).doesNotContain("B's client");
    }

    private static void loginAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
