package org.readiness.studio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDiffTest {

    private static ObjectNode fixture() throws IOException {
        return DraftJson.parse(Files.readString(Path.of("src/test/resources/questionnaires/good/scoring-fixture.json")))
                .orElseThrow();
    }

    @Test
    void two_versions_differing_in_one_text_and_one_point_value_show_exactly_those_two_differences() throws IOException {
        ObjectNode before = fixture();
        ObjectNode after = fixture();
        ((ObjectNode) after.at("/steps/1/questions/0/text")).put("sv", "Finns en ägare?");
        ((ObjectNode) after.at("/steps/2/questions/0/options/1")).put("points", 3);

        List<JsonDiff.Change> changes = JsonDiff.between(before, after);

        assertThat(changes).extracting(JsonDiff.Change::key)
                .containsExactly("questions/owner/text", "questions/platforms/options/erp/points");
        assertThat(changes.get(0).before().path("sv").asText()).isEqualTo("Ägare?");
        assertThat(changes.get(0).after().path("sv").asText()).isEqualTo("Finns en ägare?");
        assertThat(changes.get(0).after().path("en").asText()).isEqualTo("Owner?");
        assertThat(changes.get(1).before().asInt()).isEqualTo(2);
        assertThat(changes.get(1).after().asInt()).isEqualTo(3);
    }

    @Test
    void a_question_moved_within_its_step_is_one_change_of_order() throws IOException {
        ObjectNode before = fixture();
        ObjectNode after = fixture();
        ArrayNode questions = (ArrayNode) after.at("/steps/1/questions");
        questions.insert(2, questions.remove(0));

        List<JsonDiff.Change> changes = JsonDiff.between(before, after);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).key()).isEqualTo("steps/people-step/questions (order)");
        assertThat(changes.get(0).before().toString()).isEqualTo("[\"owner\",\"owner-time\",\"knowledge\"]");
        assertThat(changes.get(0).after().toString()).isEqualTo("[\"owner-time\",\"knowledge\",\"owner\"]");
    }

    @Test
    void identical_versions_have_no_differences() throws IOException {
        assertThat(JsonDiff.between(fixture(), fixture())).isEmpty();
    }
}
