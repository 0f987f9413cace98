package org.readiness.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The anonymous team API can no longer be made to mail anyone as often as asked, with links an attacker chooses
 * (issue 20, points 5-7), against a real SMTP server (GreenMail): invitations per team and new teams per address are
 * limited per hour, links in mails and answers come from readiness.public-url only, and mail leaves after the commit.
 */
@SpringBootTest(properties = {"readiness.public-url=https://readiness.example/", "readiness.team.new-teams-per-hour=3"})
@AutoConfigureMockMvc
class TeamMailAbuseTest extends WithSmtp {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noMailYet() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_thousand_invitations_in_one_request_are_refused_with_a_retry_after_and_nothing_is_stored_or_mailed()
            throws Exception {
        List<Map<String, String>> invitations = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            invitations.add(Map.of("role", "it", "name", "Person " + i, "email", "person" + i + "@example.com"));
        }
        long teamsBefore = teams();

        MvcResult result = create(invitations, "10.0.0.1", "localhost");

        assertThat(result.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(result.getResponse().getContentAsString()).contains("at most 60 invitations an hour");
        assertThat(teams()).isEqualTo(teamsBefore);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_mail_is_never_sent_for_a_request_that_fails_after_it() throws Exception {
        long teamsBefore = teams();

        MvcResult result = create(List.of(Map.of("role", "it", "email", "bo@example.com"),
                Map.of("role", "owner", "email", "eva@example.com\r\nBcc: x@evil.test")), "10.0.0.2", "localhost");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(teams()).as("the request rolled back").isEqualTo(teamsBefore);
        assertThat(SMTP.getReceivedMessages()).as("the first invitation's mail would carry a dead link").isEmpty();
    }

    @Test
    void a_forged_host_reaches_neither_a_mail_nor_a_link_in_the_answer() throws Exception {
        MvcResult result = create(List.of(Map.of("role", "it", "name", "Bo\r\nBcc: x@evil.test",
                "email", "bo@example.com")), "10.0.0.3", "evil.attacker.test");

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.toString()).doesNotContain("evil.attacker.test");
        assertThat(body.at("/coordinatorLink").asText()).startsWith("https://readiness.example/team/");
        assertThat(body.at("/invitations/0/link").asText()).startsWith("https://readiness.example/team/answer/");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        String mail = (String) SMTP.getReceivedMessages()[0].getContent();
        assertThat(mail).doesNotContain("evil.attacker.test").contains(body.at("/invitations/0/link").asText());
        assertThat(mail.lines().filter(line -> line.contains("Bo"))).as("the name's line break is gone")
                .containsExactly("Hello Bo Bcc: x@evil.test,");
        String coordinatorToken = body.at("/coordinatorToken").asText();
        String read = mvc.perform(get("/api/team-assessments/" + coordinatorToken)
                        .with(request -> forged(request, "evil.attacker.test")))
                .andReturn().getResponse().getContentAsString();
        assertThat(read).doesNotContain("evil.attacker.test");
    }

    @Test
    void an_address_starts_only_so_many_teams_an_hour() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(create(List.of(), "10.0.0.4", "localhost").getResponse().getStatus()).isEqualTo(201);
        }
        MvcResult refused = create(List.of(), "10.0.0.4", "localhost");

        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 3601L);
        assertThat(refused.getResponse().getContentAsString()).contains("at most 3 team assessments an hour");
        assertThat(create(List.of(), "10.0.0.5", "localhost").getResponse().getStatus())
                .as("another address is not held back").isEqualTo(201);
    }

    private MvcResult create(List<Map<String, String>> invitations, String address, String host) throws Exception {
        String body = json.writeValueAsString(Map.of("questionnaire", "scoring-fixture", "language", "en",
                "profile", Map.of("size", "medium"), "invitations", invitations));
        return mvc.perform(post("/api/team-assessments").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return forged(request, host);
                        }))
                .andReturn();
    }

    private static org.springframework.mock.web.MockHttpServletRequest forged(
            org.springframework.mock.web.MockHttpServletRequest request, String host) {
        request.setServerName(host);
        request.addHeader("Host", host);
        return request;
    }

    private long teams() {
        return jdbc.sql("SELECT COUNT(*) FROM team_assessment").query(Long.class).single();
    }
}
