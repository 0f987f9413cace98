package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The team API on the scoring fixture: its "owner" and "it" roles. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamApiTest {

    private static final String TWO_RESPONDENTS = """
            {"respondents": [
              {"role": "owner", "name": "Åsa", "answers": {"size": "medium", "owner": "yes", "owner-time": "full",
                                                          "knowledge": 5, "platforms": ["oms"]}},
              {"role": "it", "answers": {"owner": "no", "knowledge": 1, "platforms": ["oms", "erp"], "it-people": 5}}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void several_respondents_merge_into_team_scores_spreads_and_disagreements_saying_who_answered_what()
            throws Exception {
        evaluateTeam(TWO_RESPONDENTS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formatVersion").value(2))
                .andExpect(jsonPath("$.overall.score").value(81))
                .andExpect(jsonPath("$.areas[0].id").value("people"))
                .andExpect(jsonPath("$.areas[0].score").value(60))
                .andExpect(jsonPath("$.areas[0].spread.lowest").value(0))
                .andExpect(jsonPath("$.areas[0].spread.highest").value(100))
                .andExpect(jsonPath("$.areas[0].respondents.length()").value(2))
                .andExpect(jsonPath("$.disagreements[0].question").value("owner"))
                .andExpect(jsonPath("$.disagreements[0].summary").value("Owner (Åsa): Yes · IT: No"))
                .andExpect(jsonPath("$.structure.id").exists());
    }

    @Test
    void an_unknown_role_is_a_400() throws Exception {
        evaluateTeam("""
                {"respondents": [{"role": "finance", "answers": {"size": "small"}}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unknown role"))
                .andExpect(jsonPath("$.detail", containsString("\"finance\"")));
    }

    @Test
    void wrong_answers_are_listed_per_respondent_and_a_missing_profile_too() throws Exception {
        evaluateTeam("""
                {"respondents": [{"role": "it", "answers": {"owner": "maybe", "platforms": ["oms"]}}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.question == 'owner')].message",
                        org.hamcrest.Matchers.hasItem(containsString("Respondent 1 (it)"))))
                .andExpect(jsonPath("$.errors[?(@.question == 'size')].kind").value("missing-required"));
    }

    @Test
    void an_unknown_questionnaire_is_a_404_and_no_respondents_a_400() throws Exception {
        mvc.perform(post("/api/questionnaires/nope/evaluate-team").contentType(MediaType.APPLICATION_JSON)
                        .content(TWO_RESPONDENTS))
                .andExpect(status().isNotFound());
        evaluateTeam("{\"respondents\": []}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No respondents"));
    }

    @Test
    void a_body_with_more_respondents_than_a_workshop_has_is_a_400_that_names_the_limit() throws Exception {
        String respondent = "{\"role\": \"it\", \"answers\": {\"owner\": \"no\", \"knowledge\": 1, "
                + "\"platforms\": [\"oms\"], \"it-people\": 5}}";
        String sixty = String.join(",", java.util.Collections.nCopies(60, respondent));

        evaluateTeam("{\"respondents\": [" + sixty + "," + respondent + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Too many respondents"))
                .andExpect(jsonPath("$.detail", containsString("at most 60 respondents")));
        evaluateTeam("{\"respondents\": [" + sixty + "]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid answers"));
        evaluateTeam("{\"respondents\": [" + respondent).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void a_team_created_through_the_api_hands_out_its_links_and_reads_back_by_the_coordinators_token()
            throws Exception {
        String body = mvc.perform(post("/api/team-assessments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"questionnaire": "scoring-fixture", "language": "en", "organisation": "Växjö Verktyg",
                         "profile": {"size": "medium"},
                         "invitations": [{"role": "owner", "name": "Åsa"}, {"role": "it"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.coordinatorLink", containsString("/team/")))
                .andExpect(jsonPath("$.joinLink", containsString("/team/join/")))
                .andExpect(jsonPath("$.invitations[0].link", containsString("/team/answer/")))
                .andReturn().getResponse().getContentAsString();
        String token = json.readTree(body).get("coordinatorToken").asText();

        JsonNode team = json.readTree(mvc.perform(get("/api/team-assessments/" + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(team.get("members")).hasSize(2);
        assertThat(team.get("members").get(0).get("state").asText()).isEqualTo("invited");
        assertThat(team.get("result").isNull()).isTrue();
        mvc.perform(get("/api/team-assessments/" + "A".repeat(43))).andExpect(status().isNotFound());
    }

    private ResultActions evaluateTeam(String body) throws Exception {
        return mvc.perform(post("/api/questionnaires/scoring-fixture/evaluate-team").param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
