package org.readiness.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With SMTP set up but no readiness.public-url, no invitation is mailed (its link would come from a request's Host),
 * the page says why, and the API's links are paths from the app's root, whatever Host the request names.
 */
@SpringBootTest(properties = "readiness.public-url=")
@AutoConfigureMockMvc
class NoPublicUrlMailTest extends WithSmtp {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    InvitationMail mail;

    @Test
    void without_a_public_address_nothing_is_mailed_the_page_says_why_and_links_are_paths() throws Exception {
        String body = json.writeValueAsString(Map.of("questionnaire", "scoring-fixture", "profile",
                Map.of("size", "medium"), "invitations", List.of(Map.of("role", "it", "email", "bo@example.com"))));

        String answer = mvc.perform(post("/api/team-assessments").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(request -> {
                            request.setServerName("evil.attacker.test");
                            request.addHeader("Host", "evil.attacker.test");
                            return request;
                        }))
                .andReturn().getResponse().getContentAsString();

        JsonNode created = json.readTree(answer);
        assertThat(mail.missing()).contains(InvitationMail.Missing.PUBLIC_URL);
        assertThat(created.at("/invitations/0/emailed").asBoolean()).isFalse();
        assertThat(created.at("/invitations/0/link").asText()).matches("/team/answer/[A-Za-z0-9_-]{43}");
        assertThat(created.at("/joinLink").asText()).startsWith("/team/join/");
        assertThat(answer).doesNotContain("evil.attacker.test");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
