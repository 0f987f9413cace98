package org.readiness.api;

import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ResumeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.readiness.questionnaire.Fixtures.answer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Test
    void a_stored_assessment_comes_back_with_its_answers_and_evaluation() throws Exception {
        AssessmentService.Started started = assessments.start("scoring-fixture", "sv");
        long id = started.assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(2), 0);

        mvc.perform(get("/api/assessments/" + started.token().value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(jsonPath("$.state").value("draft"))
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.answers.owner").value("no"))
                .andExpect(jsonPath("$.answers.platforms[0]").value("oms"))
                .andExpect(jsonPath("$.answers['it-people']").value(2))
                .andExpect(jsonPath("$.evaluation.areas[1].score").value(38))
                .andExpect(jsonPath("$.evaluation.structure").value("three-area"))
                .andExpect(jsonPath("$.complete").value(false));

        assessments.finish(id);
        mvc.perform(get("/api/assessments/" + started.token().value()))
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.complete").value(true));
    }

    @Test
    void the_score_card_of_a_stored_assessment_comes_in_each_format() throws Exception {
        AssessmentService.Started started = assessments.start("scoring-fixture", "sv");
        long id = started.assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        assessments.setOrganisation(id, "Växjö Verktyg AB");
        String token = started.token().value();

        mvc.perform(get("/api/assessments/" + token + "/scorecard.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"readiness-vaxjo-verktyg-ab-[0-9-]+\\.pdf\"; "
                                + "filename\\*=UTF-8''readiness-vaxjo-verktyg-ab-[0-9-]+\\.pdf")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("=?"))));
        mvc.perform(get("/api/assessments/" + token + "/scorecard.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("Växjö Verktyg AB"))
                .andExpect(jsonPath("$.language").value("sv"));
        mvc.perform(get("/api/assessments/" + token + "/scorecard.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"));
        mvc.perform(get("/api/assessments/" + token + "/scorecard.docx")).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + ResumeToken.generate().value() + "/scorecard.pdf"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_score_card_of_a_stored_assessment_takes_another_language_and_a_name_not_stored() throws Exception {
        AssessmentService.Started started = assessments.start("scoring-fixture", "sv");
        assessments.setOrganisation(started.assessment().id(), "Växjö Verktyg AB");
        String card = "/api/assessments/" + started.token().value() + "/scorecard.json";

        mvc.perform(get(card).param("lang", "en").param("organisation", "  Nordic Tools "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.organisation").value("Nordic Tools"));
        mvc.perform(get(card).param("organisation", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.organisation").doesNotExist());
        mvc.perform(get(card).param("lang", "de")).andExpect(status().isBadRequest());
        mvc.perform(get(card).param("organisation", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("200")));
        mvc.perform(get(card)).andExpect(jsonPath("$.organisation").value("Växjö Verktyg AB"));
    }

    @Test
    void an_assessment_deleted_through_the_api_is_gone() throws Exception {
        String token = assessments.start("scoring-fixture", "en").token().value();

        mvc.perform(delete("/api/assessments/" + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/assessments/" + token)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/assessments/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void unknown_and_malformed_tokens_get_the_same_404_problem() throws Exception {
        String detail = "No assessment is reachable with this link. It may have been deleted, or the link is incomplete.";

        mvc.perform(get("/api/assessments/" + ResumeToken.generate().value()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(detail));
        mvc.perform(get("/api/assessments/not-a-token"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
