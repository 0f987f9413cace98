package org.readiness.consultant.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Client;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.TwoConsultants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

@SpringBootTest
class AssessmentsExportTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientInterviews interviews;

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
        TwoConsultants consultants = TwoConsultants.made(accounts);
        String consultantA = consultants.anna();
        String consultantB = consultants.bo();
        loginAs(consultantA, "CONSULTANT");
        Client client = clients.create(new ClientDetails("=HYPERLINK(\"http://x\")", null, null, null));
        long id = interviews.startInterview(client.id(), "scoring-fixture", "en").assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        interviews.startInterview(client.id(), "scoring-fixture", "en");
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
        TwoConsultants.signInForServices(username, role);
    }
}
