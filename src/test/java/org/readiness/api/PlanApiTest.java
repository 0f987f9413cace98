package org.readiness.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stateless plan call: projection, the triggered actions with their lifts and gains, the cheapest next band. */
@ApiSliceTest
class PlanApiTest {

    /** People 0 of 8, systems 3 of 8 (oms only, 2 IT people): overall 28.1, band "low". */
    private static final String ANSWERS = """
            "answers": {"size": "large", "owner": "no", "knowledge": "dont-know", "platforms": ["oms"], "it-people": 2}""";

    @Autowired
    MockMvc mvc;

    @Test
    void the_plan_gives_today_the_projection_of_the_done_actions_the_actions_and_the_cheapest_next_band()
            throws Exception {
        plan("{" + ANSWERS + ", \"done\": [\"integrate\"]}", "sv")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now.overall.score").value(28))
                .andExpect(jsonPath("$.now.overall.state").value("scored"))
                .andExpect(jsonPath("$.now.overall.band.id").value("low"))
                .andExpect(jsonPath("$.now.overall.band.label").value("Låg"))
                .andExpect(jsonPath("$.now.areas[?(@.id == 'systems')].score").value(hasItem(38)))
                // "integrate" lifts the platforms to the best answer, all three (capped at 4): systems 5 of 8.
                .andExpect(jsonPath("$.projected.areas[?(@.id == 'systems')].score").value(hasItem(63)))
                .andExpect(jsonPath("$.projected.overall.score").value(47))
                .andExpect(jsonPath("$.actions[*].id").value(hasItem("name-owner")))
                .andExpect(jsonPath("$.actions[?(@.id == 'integrate')].effort").value(hasItem("medium")))
                .andExpect(jsonPath("$.actions[?(@.id == 'integrate')].lifts[0].question").value(hasItem("platforms")))
                .andExpect(jsonPath("$.actions[?(@.id == 'integrate')].gain").value(hasItem(18.75)))
                .andExpect(jsonPath("$.nextBand.band.id").value("mid"))
                .andExpect(jsonPath("$.nextBand.effort").value(3))
                .andExpect(jsonPath("$.nextBand.actions[0]").value("integrate"));
    }

    @Test
    void without_done_actions_the_projection_is_today() throws Exception {
        plan("{" + ANSWERS + "}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projected.overall.score").value(28));
    }

    @Test
    void an_unknown_action_is_a_400_problem_naming_it() throws Exception {
        plan("{" + ANSWERS + ", \"done\": [\"integrate\", \"buy-a-boat\"]}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown action"))
                .andExpect(jsonPath("$.detail").value(containsString("\"buy-a-boat\"")));
    }

    @Test
    void the_answers_are_checked_as_for_evaluate() throws Exception {
        plan("{\"answers\": {\"size\": \"giant\"}, \"done\": []}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.question == 'size')].kind").value(hasItem("unknown-option")))
                .andExpect(jsonPath("$.errors[?(@.question == 'owner')].kind").value(hasItem("missing-required")));
    }

    @Test
    void at_the_top_band_there_is_no_next_band() throws Exception {
        plan("""
                {"answers": {"size": "large", "owner": "yes", "owner-time": "full", "knowledge": 5,
                             "platforms": ["oms", "erp", "crm"], "it-people": 9}}""", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now.overall.score").value(100))
                .andExpect(jsonPath("$.nextBand").value(nullValue()));
    }

    private ResultActions plan(String body, String language) throws Exception {
        return mvc.perform(post("/api/questionnaires/scoring-fixture/plan").param("lang", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
