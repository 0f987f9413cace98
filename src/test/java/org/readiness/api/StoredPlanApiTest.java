package org.readiness.api;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.plan.Weak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A stored plan through the API: made, read and changed with the resume link's token; a client's needs a session. */
@SpringBootTest
@AutoConfigureMockMvc
class StoredPlanApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Test
    void a_merchant_makes_reads_and_changes_their_plan_with_the_resume_token() throws Exception {
        AssessmentService.Started started = assessments.start("scoring-fixture", "en");
        String plan = "/api/assessments/" + started.token().value() + "/plan";
        mvc.perform(post(plan)).andExpect(status().isConflict());
        Weak.answerAndFinish(answers, assessments, started.assessment().id(), List.of("oms"));

        mvc.perform(get(plan)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("POST to the same address")));
        mvc.perform(post(plan)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.formatVersion").value(1))
                .andExpect(jsonPath("$.actions[0].id").value("integrate"))
                .andExpect(jsonPath("$.projected.overall.score").value(47));
        mvc.perform(post(plan)).andExpect(status().isOk());
        mvc.perform(patch(plan + "/actions/integrate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"owner\": \"Eva Ek\", \"due\": \"2027-03-01\", \"status\": \"done\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].owner.name").value("Eva Ek"))
                .andExpect(jsonPath("$.actions[0].due").value("2027-03-01"))
                .andExpect(jsonPath("$.actions[0].status").value("done"));
        mvc.perform(patch(plan + "/actions/name-owner").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chosen\": true}"))
                .andExpect(jsonPath("$.actions[1].id").value("name-owner"))
                .andExpect(jsonPath("$.projected.overall.score").value(57));
        mvc.perform(patch(plan + "/actions/buy-a-boat").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("\"buy-a-boat\"")));
        mvc.perform(patch(plan + "/actions/integrate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"finished\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/assessments/" + "x".repeat(43) + "/plan")).andExpect(status().isNotFound());
    }

    @Test
    void a_clients_plan_needs_the_consultants_session() throws Exception {
        mvc.perform(get("/api/consultant/assessments/1/plan")).andExpect(status().isUnauthorized());
    }
}
