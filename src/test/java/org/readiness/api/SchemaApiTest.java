package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The JSON Schemas of the questionnaire, the score card and the plan at the addresses the README gives, for editors
 * and integrations; nothing else there.
 */
@ApiSliceTest
class SchemaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void the_questionnaire_and_score_card_schemas_are_served_as_json_schemas() throws Exception {
        for (String name : new String[] {"questionnaire", "scorecard"}) {
            MockHttpServletResponse response = mvc.perform(get("/schemas/" + name + ".schema.json")).andReturn()
                    .getResponse();

            assertThat(response.getStatus()).as(name).isEqualTo(200);
            assertThat(response.getContentType()).as(name).startsWith("application/schema+json");
            JsonNode schema = JSON.readTree(response.getContentAsByteArray());
            assertThat(schema.path("$schema").asText()).as(name).contains("json-schema.org");
        }
    }

    @Test
    void the_plan_schema_is_served_beside_them_as_a_json_schema_of_the_plan() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/schemas/plan.schema.json")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/schema+json");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        JsonNode schema = JSON.readTree(response.getContentAsByteArray());
        assertThat(schema.path("$schema").asText()).contains("json-schema.org");
        assertThat(schema.path("title").asText()).isEqualTo("Commerce Readiness plan");
        assertThat(schema.path("$id").asText()).endsWith("/schemas/plan.schema.json");
    }

    @Test
    void any_other_name_is_not_found() throws Exception {
        for (String path : new String[] {"/schemas/nothing.schema.json", "/schemas/..%2Fapplication.schema.json"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(400, 404);
        }
    }
}
