package org.readiness.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The questionnaire calls and the stateless score card: controllers, advice, filter and interceptor, no database. */
@ApiSliceTest
class QuestionnaireApiTest {

    private static final String COMPLETE = """
            {"answers": {"size": "large", "owner": "no", "knowledge": "dont-know",
                         "platforms": ["oms"], "it-people": 2}}""";

    @Autowired
    MockMvc mvc;

    @Test
    void the_list_names_each_questionnaire_with_its_version_and_title() throws Exception {
        mvc.perform(get("/api/questionnaires").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("scoring-fixture"))
                .andExpect(jsonPath("$[0].version").value("1.0"))
                .andExpect(jsonPath("$[0].title").value("Poängfixtur"));
    }

    @Test
    void the_definition_names_the_roles_a_team_answers_in_and_which_questions_each_is_asked() throws Exception {
        mvc.perform(get("/api/questionnaires/scoring-fixture").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[*].id").value(org.hamcrest.Matchers.contains("owner", "it")))
                .andExpect(jsonPath("$.roles[0].label").value("Ägare"))
                .andExpect(jsonPath("$.steps[0].profile").value(true))
                .andExpect(jsonPath("$.steps[2].questions[1].id").value("it-people"))
                .andExpect(jsonPath("$.steps[2].questions[1].askedOf").value(org.hamcrest.Matchers.contains("it")))
                .andExpect(jsonPath("$.steps[2].questions[0].askedOf").doesNotExist());
    }

    @Test
    void the_definition_comes_in_the_language_asked_for() throws Exception {
        mvc.perform(get("/api/questionnaires/scoring-fixture").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.steps[1].questions[1].text").value("Tid?"))
                .andExpect(jsonPath("$.steps[1].questions[1].visibleIf.question").value("owner"))
                .andExpect(jsonPath("$.steps[1].questions[1].visibleIf.equals").value("yes"))
                .andExpect(jsonPath("$.steps[1].questions[1].options[1].label").value("Heltid"));
    }

    @Test
    void an_evaluation_gives_scores_structure_owners_actions_and_the_explanation() throws Exception {
        evaluate(COMPLETE, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.score").value(28))
                .andExpect(jsonPath("$.overall.band.id").value("low"))
                .andExpect(jsonPath("$.areas[0].id").value("people"))
                .andExpect(jsonPath("$.areas[0].score").value(0))
                .andExpect(jsonPath("$.areas[1].score").value(38))
                .andExpect(jsonPath("$.areas[1].band.id").value("weak"))
                .andExpect(jsonPath("$.structure").value("three-area"))
                .andExpect(jsonPath("$.owners[0].owners[*].id").value(hasItem("sales")))
                .andExpect(jsonPath("$.actions[0].id").value("integrate"))
                .andExpect(jsonPath("$.actions[0].pointsWonBack").value(18.75))
                .andExpect(jsonPath("$.actions[1].triggeredBy[0].question").value("owner"))
                .andExpect(jsonPath("$.actions[1].triggeredBy[0].answer").value("no"))
                .andExpect(jsonPath("$.explanation[?(@.question == 'knowledge')].status").value(hasItem("dont-know")))
                .andExpect(jsonPath("$.explanation[?(@.question == 'owner-time')].status").value(hasItem("hidden")));
    }

    @Test
    void an_unknown_questionnaire_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/questionnaires/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nothing-here")));
    }

    @Test
    void invalid_answers_are_a_400_problem_naming_each_offending_question() throws Exception {
        evaluate("""
                {"answers": {"size": "giant", "owner": 3, "platforms": ["oms", "none"], "nobody": "x",
                             "it-people": "many"}}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.question == 'size')].kind").value(hasItem("unknown-option")))
                .andExpect(jsonPath("$.errors[?(@.question == 'owner')].kind").value(hasItem("wrong-type")))
                .andExpect(jsonPath("$.errors[?(@.question == 'platforms')].kind")
                        .value(hasItem("exclusive-option-combined")))
                .andExpect(jsonPath("$.errors[?(@.question == 'nobody')].kind").value(hasItem("unknown-question")))
                .andExpect(jsonPath("$.errors[?(@.question == 'it-people')].kind").value(hasItem("wrong-type")));
    }

    @Test
    void a_missing_required_answer_is_a_400_problem() throws Exception {
        evaluate("{\"answers\": {\"size\": \"small\"}}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.question == 'owner')].kind").value(hasItem("missing-required")))
                .andExpect(jsonPath("$.errors[?(@.question == 'platforms')].kind").value(hasItem("missing-required")));
    }

    @Test
    void an_answer_to_a_hidden_question_is_a_400_problem() throws Exception {
        evaluate("""
                {"answers": {"size": "small", "owner": "no", "owner-time": "full", "platforms": ["oms"]}}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.question == 'owner-time')].kind").value(hasItem("hidden-question")));
    }

    @Test
    void malformed_json_is_a_400_problem_without_a_stack_trace() throws Exception {
        evaluate("{\"answers\": {\"size\": ", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void a_language_the_questionnaire_lacks_is_a_400_problem() throws Exception {
        evaluate(COMPLETE, "de")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("[en, sv]")));
    }

    @Test
    void a_body_over_one_megabyte_is_a_413_problem() throws Exception {
        String huge = "{\"answers\": {\"goal\": \"" + "x".repeat(1024 * 1024) + "\"}}";

        evaluate(huge, "en")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_wrong_content_type_is_a_415_problem() throws Exception {
        mvc.perform(post("/api/questionnaires/scoring-fixture/evaluate").contentType(MediaType.TEXT_PLAIN)
                        .content("size=small"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_query_parameter_is_a_400_problem_naming_it() throws Exception {
        mvc.perform(get("/api/questionnaires/scoring-fixture").param("language", "sv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("[language]")))
                .andExpect(jsonPath("$.detail").value(containsString("[lang]")));
    }

    @Test
    void a_huge_number_is_refused_as_out_of_range_not_a_server_error() throws Exception {
        evaluate("{\"answers\": {\"size\": \"small\", \"owner\": \"yes\", \"owner-time\": \"full\","
                + " \"platforms\": [\"oms\"], \"it-people\": 1e400}}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].kind").value("out-of-range"));
    }

    @Test
    void a_stateless_score_card_is_made_from_the_answers_in_the_body() throws Exception {
        mvc.perform(post("/api/questionnaires/scoring-fixture/scorecard.json").param("lang", "en")
                        .param("organisation", "=HYPERLINK(\"x\")").contentType(MediaType.APPLICATION_JSON).content(COMPLETE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.score").value(28))
                .andExpect(jsonPath("$.organisation").value("=HYPERLINK(\"x\")"));
        mvc.perform(post("/api/questionnaires/scoring-fixture/scorecard.csv").param("lang", "sv")
                        .param("organisation", "=HYPERLINK(\"x\")").contentType(MediaType.APPLICATION_JSON).content(COMPLETE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"x\"\")\"")));
        mvc.perform(post("/api/questionnaires/scoring-fixture/scorecard.pdf").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"size\": \"giant\"}}"))
                .andExpect(status().isBadRequest());
    }

    private ResultActions evaluate(String body, String language) throws Exception {
        return mvc.perform(post("/api/questionnaires/scoring-fixture/evaluate").param("lang", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
